import type { FigureScale } from './figureScale';

/** How the site names a chart's scale: in a title (`name`), in a sentence (`explained`), and under the chart (`note`). */
export const SCALE_WORDS = {
  log: { name: '对数刻度', explained: '对数刻度：每相差十倍，长度增加同样的一段', note: '对数刻度：相邻两条竖线相差十倍。' },
  linear: { name: '线性刻度', explained: '线性刻度：长度与数值成正比，从零开始', note: '线性刻度，从零开始。' },
} as const satisfies Record<FigureScale, { name: string; explained: string; note: string }>;
