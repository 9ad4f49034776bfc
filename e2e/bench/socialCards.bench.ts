import { bench, describe } from 'vitest';
import { renderPng } from '../../src/og/renderPng';
import { CARD_HEIGHT, CARD_WIDTH, type SocialCard } from '../../src/og/socialCard';
import { socialCardTree } from '../../src/og/socialCardTree';
import { POSTER_HEIGHT, POSTER_SCALE, POSTER_WIDTH, type SharePoster } from '../../src/og/sharePoster';
import { sharePosterTree } from '../../src/og/sharePosterTree';

/**
 * Time to render one social card (satori layout + resvg PNG) and one share poster, the costs the
 * build pays per case and story. Each card has a different title drawn from common characters, so that glyph
 * parsing, which satori caches per character, is paid the way a site of many cases pays it.
 * No image cache (renderPng's cacheDir): every image is drawn.
 * Run: npx vitest bench --run e2e/bench/socialCards.bench.ts
 */
const CHARS = '小米汽车用户订单投诉维权系统错误冰箱补偿法院判决罚款召回事故定金理财平台广告承诺宣传回应监管市值营收股东代言博主营销推广数据隐私手环手机电视空调洗衣机售后维修退款赔偿消费者协会工信部市场监督管理局起诉仲裁';
let n = 0;
function card(): SocialCard {
  n++;
  const pick = (k: number) => Array.from({ length: k }, (_, i) => CHARS[(n * 7 + i * 13) % CHARS.length]).join('');
  return { path: '', kicker: '案件档案 · 汽车', title: `${pick(10)}${n}${pick(8)}`, figure: { value: `约${n * 37}万元`, label: pick(9), date: '2025年11月15日' }, meta: ['2025年11月14日起', '进行中'] };
}

describe('social card', () => {
  bench('render one 1200×630 card', async () => {
    await renderPng(socialCardTree(card()), { width: CARD_WIDTH, height: CARD_HEIGHT });
  }, { warmupIterations: 3, iterations: 60, time: 0 });
});

function poster(): SharePoster {
  const { title, figure, meta } = card();
  const pick = (k: number, from: number) => Array.from({ length: k }, (_, i) => CHARS[(n * 11 + from + i * 5) % CHARS.length]).join('');
  return {
    path: '',
    url: `https://xinren-zhangben.example/cases/synthetic-case-${n}/`,
    kicker: '案件档案 · 汽车',
    title,
    figure,
    status: meta[1],
    meta: [meta[0] ?? ''],
    events: [0, 1, 2, 3, 4].map((i) => ({ date: `2025年${i + 3}月${i * 5 + 2}日`, label: pick(8 + i, i * 17) })),
    clock: { start: '2025年3月2日', response: `小米回应：公开后${n % 30}天`, outcome: `裁判：公开后${n % 300}天` },
  };
}

describe('share poster', () => {
  bench('render one 720×1280 poster (laid out on 1080×1920)', async () => {
    await renderPng(sharePosterTree(poster()), { width: POSTER_WIDTH, height: POSTER_HEIGHT, scale: POSTER_SCALE });
  }, { warmupIterations: 3, iterations: 30, time: 0 });
});
