import type { ResponseTime } from '../lib/deriveResponseTimes';
import { sortByResponseClock } from '../lib/sortByResponseClock';
import { summariseResponseTimes } from '../lib/summariseResponseTimes';
import { MONEY_GROUPS } from '../charts/moneyGroups';
import { segmentTimeline } from '../charts/segmentTimeline';
import { TIMELINE_DEFAULTS } from '../charts/timelineDefaults';
import { dateText } from '../dates/parseDateText';
import { formatDate } from '../lib/formatDate';
import { formatPeriod } from '../lib/formatPeriod';
import { formatQuantity } from '../lib/formatQuantity';
import { absoluteUrl } from '../lib/absoluteUrl';
import { EVENT_KINDS, FIGURE_KINDS, LINES, UNITS, type EventKind } from '../schemas/vocabulary';
import type { CsvTable } from '../lib/toCsv';
import { getOverview } from './getOverview';
import { OVERVIEW_DEFAULTS } from '../charts/overviewDefaults';
import { figureScale, type FigureScale } from '../charts/figureScale';
import { SCALE_WORDS } from '../charts/scaleWords';
import { figureRowItem } from './figureRowItem';
import { getContentIndex, type CaseEntry, type ContentIndex, type EventView, type FigureView } from './getContentIndex';
import { CHART_EVENT_FIELDS, CHART_FIGURE_FIELDS, RESPONSE_TIME_FIELDS } from './openDataFields';

/** What every chart has, whatever it draws: the one place its id, words and data come from. */
export interface ChartMeta {
  /** Stable id: the figure's anchor, /embed/<id>/ and /data/charts/<id>.csv. */
  id: string;
  title: string;
  /** One paragraph saying what the chart shows. */
  summary: string;
  sourceLine: string;
  /** The page that shows the chart, with its anchor (site path, without the base). */
  page: string;
  /** The chart's data, as its CSV download (/data/charts/<id>.csv; columns in data/openDataFields.ts). */
  csv: CsvTable;
  /** A height (px) for the embed code's iframe that shows the wide chart without scrolling. */
  embedHeight: number;
}

/**
 * A whole-site chart past the overview's threshold (charts/overviewDefaults.ts): its items counted
 * per period (a page of its own, /timeline/<key>/ or /losses/<key>/) and row (line of business or
 * group of money), drawn by components/PeriodGrid.astro above the items it still draws in full.
 */
export interface ChartOverview {
  rows: string[];
  periods: { key: string; counts: number[] }[];
  /** How many items the whole chart holds (its own `events` or `figures` are only the named ones). */
  total: number;
}

export type Chart =
  | (ChartMeta & { kind: 'timeline'; events: EventView[]; overview?: ChartOverview | undefined })
  | (ChartMeta & { kind: 'losses'; figures: FigureView[]; overview?: ChartOverview | undefined; /** Drawn on, and named in the title and the page's text. */ scale: FigureScale })
  | (ChartMeta & { kind: 'response-times'; rows: ResponseTime[] })
  | (ChartMeta & { kind: 'case-timeline'; caseId: string; events: EventView[] })
  | (ChartMeta & { kind: 'case-figures'; caseId: string; figures: FigureView[] });

export type TimelineChartEntry = Extract<Chart, { kind: 'timeline' }>;
export type LossesChartEntry = Extract<Chart, { kind: 'losses' }>;
export type ResponseChartEntry = Extract<Chart, { kind: 'response-times' }>;

/** The charts of one period's page (/timeline/<key>/, /losses/<key>/), drawn in full as the whole-site charts are below the threshold. */
export interface PeriodCharts {
  timeline: (key: string) => { timeline: TimelineChartEntry; responseTimes: ResponseChartEntry } | undefined;
  losses: (key: string) => LossesChartEntry | undefined;
}

export interface ChartRegistry {
  charts: Chart[];
  byId: Map<string, Chart>;
  /** Past the overview's threshold: the charts of each period's page. */
  periods: PeriodCharts;
}

/** The scale a money chart of these figures is drawn on (charts/figureScale, over the rows it draws). */
function scaleOf(figures: readonly FigureView[]): FigureScale {
  return figureScale(figures.map(figureRowItem));
}

/** Money figures that can be drawn: a money unit and a non-zero value. */
function drawableMoney(figures: readonly FigureView[]): FigureView[] {
  return figures.filter((f) => UNITS[f.data.unit].money && f.computed.value !== undefined && f.computed.value !== 0);
}

const moneyGroupOf = (figure: FigureView) => MONEY_GROUPS.find((g) => g.kinds.includes(figure.data.kind)) ?? MONEY_GROUPS[MONEY_GROUPS.length - 1];

function eventTable(events: readonly EventView[], index: ContentIndex, page: (e: EventView) => string): CsvTable {
  const records = events.map((e) => {
    const c = index.caseById.get(e.caseId);
    return {
      id: e.id,
      date: e.data.date,
      time: e.data.time,
      precision: e.when.precision,
      kind: e.data.kind,
      kind_label: EVENT_KINDS[e.data.kind],
      title: e.data.title,
      summary: e.data.summary,
      case: e.caseId,
      case_title: c?.data.title,
      line: c?.data.line,
      disputed: e.data.dispute !== undefined,
      sources: e.sourceIds,
      url: absoluteUrl(page(e)),
    };
  });
  return { fields: CHART_EVENT_FIELDS, records };
}

function figureTable(figures: readonly FigureView[], index: ContentIndex): CsvTable {
  const records = figures.map((f) => ({
    id: f.id,
    label: f.data.label,
    value: f.computed.value,
    stated_value: f.computed.stated,
    value_from: f.data.derivation ? 'computed' : 'stated',
    value_approx: f.approx,
    unit: f.data.unit,
    kind: f.data.kind,
    kind_label: FIGURE_KINDS[f.data.kind],
    group: moneyGroupOf(f)?.label,
    date: f.data.date,
    case: f.caseId,
    case_title: index.caseById.get(f.caseId)?.data.title,
    status: f.data.status,
    sources: f.sourceIds,
    url: absoluteUrl(`/cases/${f.caseId}/#${f.id}`),
  }));
  return { fields: CHART_FIGURE_FIELDS, records };
}

/** How a timeline's axis is drawn, in words: its key events named, its breaks and its enlarged stretch (segmentTimeline). */
function axisNote(events: readonly EventView[]): string {
  const segments = segmentTimeline(
    events.map((e) => ({ start: e.when.start.getTime(), end: e.when.end.getTime() })),
    TIMELINE_DEFAULTS.scale,
  );
  const gaps = segments.slice(1).filter((s, i) => s.t0 > (segments[i]?.t1 ?? s.t0)).length;
  const month = (t: number) => formatDate(dateText(t, 'month'));
  const focus = segments.find((s) => s.focus);
  const keyed = events.filter((e) => e.data.label).length;
  const parts = keyed ? [`关键事件（共${keyed}个）在图上有地方时写出名称`] : [];
  if (gaps) parts.push(`时间轴在${gaps}段没有事件的时期截断（浅色窄条）`);
  if (focus) {
    const last = Math.max(...events.map((e) => e.when.end.getTime()).filter((t) => t > focus.t0 && t <= focus.t1));
    parts.push(`${month(focus.t0)}至${month(last - 1)}事件最密集，这一段放大显示`);
  }
  if (parts.length === 0) return '';
  return `${parts.join('；')}${gaps || focus ? '；段与段之间以双斜线分开，每段之内时间比例均匀' : ''}。`;
}

function timelineSummary(events: readonly EventView[], index: ContentIndex): string {
  const first = events[0];
  const last = events.at(-1);
  if (!first || !last) return '尚无事件。';
  const lineOf = (e: EventView) => index.caseById.get(e.caseId)?.data.line;
  const counts = LINES.map((line) => [line, events.filter((e) => lineOf(e) === line).length] as const).filter(([, n]) => n > 0);
  const cases = new Set(events.map((e) => e.caseId)).size;
  const approximate = events.filter((e) => e.when.precision !== 'day').length;
  return `${cases}个案件的${events.length}个事件，从${formatDate(first.data.date)}到${formatDate(last.data.date)}，按业务线分行：${counts
    .map(([line, n]) => `${line}${n}个`)
    .join('、')}。圆点是精确到日的事件${approximate ? `，横条是只知道月份或年份的${approximate}个事件` : ''}。${axisNote(events)}`;
}

/** The overview's words: what the grid counts, where the busiest period is, which events are named. */
function overviewSummary(events: readonly EventView[], named: number, overview: ChartOverview, index: ContentIndex): string {
  const first = events[0];
  const last = events.at(-1);
  const busiest = overview.periods.reduce((a, b) => (b.counts.reduce((x, y) => x + y, 0) > a.counts.reduce((x, y) => x + y, 0) ? b : a));
  const busiestCount = busiest.counts.reduce((x, y) => x + y, 0);
  const cases = index.cases.length;
  return `${cases}个案件的${events.length}个事件，从${formatDate(first?.data.date ?? '')}到${formatDate(last?.data.date ?? '')}。事件太多，不能逐个画在一张图上：上方的格子是每个时期（${overview.periods.length}个）、每条业务线的事件数，颜色越深事件越多，最多的是${formatPeriod(busiest.key)}（${busiestCount}个）；点击格子进入该时期的时间线。下方的时间线只画出${named}个关键事件。`;
}

function caseTimelineSummary(events: readonly EventView[]): string {
  const first = events[0];
  const last = events.at(-1);
  if (!first || !last) return '本案尚无有日期的事件记录。';
  const kinds = (Object.keys(EVENT_KINDS) as EventKind[]).filter((kind) => events.some((e) => e.data.kind === kind));
  const counts = kinds.map((kind) => `${EVENT_KINDS[kind]}${events.filter((e) => e.data.kind === kind).length}条`).join('、');
  return `本案共记录${events.length}个有日期的事件，从${formatDate(first.data.date)}到${formatDate(last.data.date)}，按类别分行排列：${counts}。圆点是精确到日的事件，横条是只知道月份或年份的事件。${axisNote(events)}`;
}

function moneySummary(figures: readonly FigureView[], scope: string): string {
  if (figures.length === 0) return `${scope}尚无可以作图的金额。`;
  const sorted = [...figures].sort((a, b) => Math.abs(b.computed.value ?? 0) - Math.abs(a.computed.value ?? 0));
  const top = sorted[0] as FigureView;
  const bottom = sorted.at(-1) as FigureView;
  const show = (f: FigureView) => `${f.data.label}（${formatQuantity(f.computed.value ?? 0, f.data.unit, { approx: f.approx })}）`;
  const units = [...new Set(figures.map((f) => f.data.unit))];
  const disputed = figures.filter((f) => f.data.status === 'disputed').length;
  const mixed = units.length > 1 ? `金额以${units.map((u) => UNITS[u].label).join('、')}计，未作换算，每个数值旁注明货币。` : `金额均以${UNITS[units[0] ?? 'CNY'].label}计。`;
  return `${scope}共${figures.length}个金额，最大的是${show(top)}，最小的是${show(bottom)}。${mixed}${disputed ? `其中${disputed}个有争议，以空心虚线标记表示。` : ''}`;
}

function responseTable(rows: readonly ResponseTime[], index: ContentIndex): CsvTable {
  const records = rows.map((r) => ({
    case: r.caseId,
    case_title: index.caseById.get(r.caseId)?.data.title,
    start_date: r.start?.date,
    start_event: r.start?.eventId,
    start_kind: r.start?.kind,
    response_status: r.responseStatus,
    response_date: r.response?.date,
    response_event: r.response?.eventId,
    response_days_min: r.response?.days?.min,
    response_days_max: r.response?.days?.max,
    response_before_start: r.response?.beforeStart,
    outcome_status: r.outcomeStatus,
    outcome_date: r.outcome?.date,
    outcome_kind: r.outcome?.kind,
    outcome_event: r.outcome?.eventId,
    outcome_days_min: r.outcome?.days?.min,
    outcome_days_max: r.outcome?.days?.max,
    outcome_before_start: r.outcome?.beforeStart,
  }));
  return { fields: RESPONSE_TIME_FIELDS, records };
}

function caseCharts(entry: CaseEntry, index: ContentIndex): Chart[] {
  const events = index.eventsByCase.get(entry.id) ?? [];
  const figures = index.figuresByCase.get(entry.id) ?? [];
  const charts: Chart[] = [];
  if (events.length > 0) {
    const kinds = new Set(events.map((e) => e.data.kind)).size;
    charts.push({
      kind: 'case-timeline',
      id: `${entry.id}-timeline`,
      caseId: entry.id,
      title: `时间线：${entry.data.title}`,
      summary: caseTimelineSummary(events),
      sourceLine: `数据：信任账本整理的${events.length}条事件记录，每条的出处见事件列表。`,
      page: `/cases/${entry.id}/#${entry.id}-timeline`,
      events,
      csv: eventTable(events, index, (e) => `/cases/${entry.id}/#${e.id}`),
      embedHeight: 220 + kinds * 30,
    });
  }
  const money = drawableMoney(figures);
  if (money.length >= 2) {
    charts.push({
      kind: 'case-figures',
      id: `${entry.id}-figures`,
      caseId: entry.id,
      title: `金额比较：${entry.data.title}`,
      summary: moneySummary(money, '本案'),
      sourceLine: '数据：信任账本整理的数字记录；每个数字的出处见数据表和本案“数字”一节。',
      page: `/cases/${entry.id}/#${entry.id}-figures`,
      figures: money,
      csv: figureTable(money, index),
      embedHeight: 220 + money.length * 40,
    });
  }
  return charts;
}

let cached: Promise<ChartRegistry> | undefined;

/**
 * Every chart on the site, built once per build from the content index: the site timeline,
 * the losses chart, the response times, and each case's timeline and figure comparison. Pages,
 * /embed/<id>/ and /data/charts/<id>.csv all read from here, so a chart's words and data are
 * the same wherever it appears.
 */
export function getCharts(): Promise<ChartRegistry> {
  cached ??= build();
  return cached;
}

async function build(): Promise<ChartRegistry> {
  const index = await getContentIndex();
  const money = drawableMoney(index.figures);
  const responseTimes = sortByResponseClock(index.responseTimes);
  const lines = new Set(index.cases.map((c) => c.data.line)).size;
  const site = await getOverview();
  const lineOf = (caseId: string) => index.caseById.get(caseId)?.data.line;
  const usedLines = LINES.filter((line) => index.cases.some((c) => c.data.line === line));
  const timelineOverview: ChartOverview | undefined = site.timeline.aggregated
    ? {
        rows: usedLines,
        periods: site.timeline.periods.map((p) => ({ key: p.key, counts: usedLines.map((line) => p.items.filter((e) => lineOf(e.caseId) === line).length) })),
        total: index.events.length,
      }
    : undefined;
  const groupOf = (f: FigureView) => moneyGroupOf(f)?.key;
  const usedGroups = MONEY_GROUPS.filter((g) => money.some((f) => groupOf(f) === g.key));
  const lossesOverview: ChartOverview | undefined = site.losses.aggregated
    ? {
        rows: usedGroups.map((g) => g.label),
        periods: site.losses.periods.map((p) => ({ key: p.key, counts: usedGroups.map((g) => p.items.filter((f) => money.includes(f) && groupOf(f) === g.key).length) })),
        total: money.length,
      }
    : undefined;
  // On an overview, /losses/ draws the largest amounts of each group; the rest are on the period pages.
  const drawnMoney = site.losses.aggregated
    ? usedGroups.flatMap((g) =>
        money
          .filter((f) => groupOf(f) === g.key)
          .sort((a, b) => Math.abs(b.computed.value ?? 0) - Math.abs(a.computed.value ?? 0))
          .slice(0, OVERVIEW_DEFAULTS.largestPerGroup),
      )
    : money;
  const lossesScale = scaleOf(drawnMoney);
  // And the response times of the latest cases (by when their problem became public).
  const drawnResponses = site.timeline.aggregated ? responseTimes.filter((r) => r.start).sort((a, b) => (b.start?.date ?? '').localeCompare(a.start?.date ?? '')).slice(0, OVERVIEW_DEFAULTS.latestCases) : responseTimes;
  const keyEvents = site.timeline.keyEvents;
  const charts: Chart[] = [
    {
      kind: 'timeline',
      id: 'timeline',
      title: '全部事件时间线',
      summary: timelineOverview ? overviewSummary(index.events, keyEvents.length, timelineOverview, index) : timelineSummary(index.events, index),
      sourceLine: '数据：信任账本整理的事件记录，每条的出处见事件列表。',
      page: '/timeline/#timeline',
      events: keyEvents,
      overview: timelineOverview,
      csv: eventTable(index.events, index, (e) => `/timeline/${site.timeline.periodOf.has(e.id) ? `${site.timeline.periodOf.get(e.id)}/` : ''}#${e.id}`),
      embedHeight: timelineOverview ? 420 + lines * 60 : 260 + Math.max(lines, index.cases.length) * 34,
    },
    {
      kind: 'response-times',
      id: 'response-times',
      title: '问题公开后，小米多久回应，多久有结果',
      summary: `${summariseResponseTimes(responseTimes, (id) => index.caseById.get(id)?.data.short ?? id)}${drawnResponses.length < responseTimes.length ? `图中是问题公开最晚的${drawnResponses.length}个案件；每个时期的页面列出该时期的案件。` : ''}`,
      sourceLine: '数据：由信任账本整理的事件记录推算（问题首次公开的投诉、报道或事件；小米首次回应；首个判决、处罚或召回）。',
      page: '/timeline/#response-times',
      rows: drawnResponses,
      csv: responseTable(responseTimes, index),
      embedHeight: 240 + drawnResponses.length * 52,
    },
    {
      kind: 'losses',
      id: 'losses',
      // The overview draws counts per period on a grid, and below it only the largest amounts.
      title: lossesOverview
        ? `各时期的金额个数，与每类最大的${OVERVIEW_DEFAULTS.largestPerGroup}个金额（${SCALE_WORDS[lossesScale].name}）`
        : `各案件的金额（${SCALE_WORDS[lossesScale].name}）`,
      scale: lossesScale,
      summary: `${moneySummary(money, '各案件')}${lossesOverview ? `金额太多，不能逐个画在一张图上：上方的格子是每个时期、每类金额的个数，点击进入该时期的页面；下方只画出每类金额中最大的${OVERVIEW_DEFAULTS.largestPerGroup}个。` : ''}`,
      sourceLine: '数据：信任账本整理的数字记录；每个金额的出处见数据表，点击金额可转到所属案件。',
      page: '/losses/#losses',
      figures: drawnMoney,
      overview: lossesOverview,
      csv: figureTable(money, index),
      embedHeight: 260 + drawnMoney.length * 40 + MONEY_GROUPS.length * 30 + (lossesOverview ? 200 : 0),
    },
    ...index.cases.flatMap((c) => caseCharts(c, index)),
  ];
  const timelineBase = charts[0] as TimelineChartEntry;
  const responseBase = charts[1] as ResponseChartEntry;
  const lossesBase = charts[2] as LossesChartEntry;
  const periods: PeriodCharts = {
    timeline: (key) => {
      const period = site.timeline.periods.find((p) => p.key === key);
      if (!period) return undefined;
      // A case's response time is on the page of the period its first event falls in.
      const rows = responseTimes.filter((r) => site.timeline.periodsOfCase.get(r.caseId)?.[0] === key);
      return {
        timeline: { ...timelineBase, title: `${formatPeriod(key)}的事件时间线`, summary: timelineSummary(period.items, index), page: `/timeline/${key}/#timeline`, events: period.items, overview: undefined },
        responseTimes: { ...responseBase, summary: summariseResponseTimes(rows, (id) => index.caseById.get(id)?.data.short ?? id), page: `/timeline/${key}/#response-times`, rows, embedHeight: 240 + rows.length * 52 },
      };
    },
    losses: (key) => {
      const period = site.losses.periods.find((p) => p.key === key);
      if (!period) return undefined;
      const inPeriod = new Set(period.items);
      const drawn = money.filter((f) => inPeriod.has(f));
      const scale = scaleOf(drawn);
      return { ...lossesBase, title: `${formatPeriod(key)}的金额（${SCALE_WORDS[scale].name}）`, scale, summary: moneySummary(drawn, `${formatPeriod(key)}`), page: `/losses/${key}/#losses`, figures: drawn, overview: undefined };
    },
  };
  return { charts, byId: new Map(charts.map((chart) => [chart.id, chart])), periods };
}
