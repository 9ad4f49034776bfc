import { groupByPeriod, type Period } from '../charts/groupByPeriod';
import { OVERVIEW_DEFAULTS } from '../charts/overviewDefaults';
import { rankKeyEvents } from '../charts/rankKeyEvents';
import { parseDateText } from '../dates/parseDateText';
import { getContentIndex, type EventView, type FigureView } from './getContentIndex';

/** How a whole-site page is drawn: in full, or as an overview with a page per period (charts/overviewDefaults.ts). */
export interface Overview<T> {
  /** More items than one page may draw in full: the page is an overview. */
  aggregated: boolean;
  /** The periods with a page of their own (none when the page is drawn in full). */
  periods: Period<T>[];
  /** Each item's period key (empty when the page is drawn in full). */
  periodOf: Map<string, string>;
}

export interface SiteOverview {
  timeline: Overview<EventView> & {
    /** The events the overview's timeline draws: the highest-ranked key events (all events when drawn in full). */
    keyEvents: EventView[];
    /** Each case's period pages, in time order (for ?case= on the overview). */
    periodsOfCase: Map<string, string[]>;
  };
  losses: Overview<FigureView> & { periodsOfCase: Map<string, string[]> };
}

let cached: Promise<SiteOverview> | undefined;

function overview<T extends { id: string; caseId: string }>(items: readonly T[], timeOf: (item: T) => number): Overview<T> & { periodsOfCase: Map<string, string[]> } {
  const aggregated = items.length > OVERVIEW_DEFAULTS.threshold;
  const periods = aggregated ? groupByPeriod(items, timeOf, OVERVIEW_DEFAULTS.threshold) : [];
  const periodOf = new Map<string, string>();
  const periodsOfCase = new Map<string, string[]>();
  for (const period of periods) {
    for (const item of period.items) {
      periodOf.set(item.id, period.key);
      const list = periodsOfCase.get(item.caseId) ?? [];
      if (list.at(-1) !== period.key) list.push(period.key);
      periodsOfCase.set(item.caseId, list);
    }
  }
  return { aggregated, periods, periodOf, periodsOfCase };
}

/**
 * Whether `/timeline/`, `/losses/` and the home page draw every event and figure or an overview
 * with a page per period, and those periods: built once per build from the content index.
 */
export function getOverview(): Promise<SiteOverview> {
  cached ??= (async () => {
    const index = await getContentIndex();
    const timeline = overview(index.events, (e) => e.when.start.getTime());
    let keyEvents = index.events;
    if (timeline.aggregated) {
      const ranks = rankKeyEvents(index.events.map((e) => ({ id: e.id, caseId: e.caseId, kind: e.data.kind, start: e.when.start.getTime(), label: e.data.label })));
      // The highest-ranked key events, one of every case before a second; the latest first within a rank.
      const chosen = new Set(
        index.events
          .filter((e) => ranks.has(e.id))
          .sort((a, b) => (ranks.get(a.id) ?? 0) - (ranks.get(b.id) ?? 0) || b.when.start.getTime() - a.when.start.getTime())
          .slice(0, OVERVIEW_DEFAULTS.keyEvents)
          .map((e) => e.id),
      );
      keyEvents = index.events.filter((e) => chosen.has(e.id));
    }
    const figureTime = (f: FigureView) => {
      const parsed = parseDateText(f.data.date);
      return typeof parsed === 'object' ? parsed.start.getTime() : 0;
    };
    const losses = overview(index.figures, figureTime);
    return { timeline: { ...timeline, keyEvents }, losses };
  })();
  return cached;
}
