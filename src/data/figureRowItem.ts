import type { FigureRowItem } from '../charts/figureRowsLayout';
import type { FigureView } from './getContentIndex';

/**
 * A figure as a chart row draws it: its value, and beside it, for a derived figure whose source
 * states another value, that value too. Shared by the chart (components/FigureRowsChart) and the
 * choice of its scale (data/getCharts), so that both see the same sizes.
 */
export function figureRowItem(f: FigureView): FigureRowItem {
  return { id: f.id, value: f.computed.value ?? 0, other: f.computed.agrees === false ? f.computed.stated : undefined };
}
