import { deriveResponseTimes, type ResponseTime } from '../lib/deriveResponseTimes';
import { sortByResponseClock } from '../lib/sortByResponseClock';
import { summariseResponseTimes } from '../lib/summariseResponseTimes';
import { MONEY_GROUPS } from '../charts/moneyGroups';
import { segmentTimeline } from '../charts/segmentTimeline';
import { TIMELINE_DEFAULTS } from '../charts/timelineDefaults';
import { formatDate } from '../lib/formatDate';
import { formatQuantity } from '../lib/formatQuantity';
import { absoluteUrl } from '../lib/absoluteUrl';
import { EVENT_KINDS, FIGURE_KINDS, LINES, UNITS, type EventKind } from '../schemas/vocabulary';
import { getContentIndex, type CaseEntry, type ContentIndex, type EventView, type FigureView } from './getContentIndex';

type Cell = string | number | undefined;

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
  /** The chart's data, as its CSV download. */
  csv: { header: string[]; rows: Cell[][] };
  /** A height (px) for the embed code's iframe that shows the wide chart without scrolling. */
  embedHeight: number;
}

export type Chart =
  | (ChartMeta & { kind: 'timeline'; events: EventView[] })
  | (ChartMeta & { kind: 'losses'; figures: FigureView[] })
  | (ChartMeta & { kind: 'response-times'; rows: ResponseTime[] })
  | (ChartMeta & { kind: 'case-timeline'; caseId: string; events: EventView[] })
  | (ChartMeta & { kind: 'case-figures'; caseId: string; figures: FigureView[] });

export interface ChartRegistry {
  charts: Chart[];
  byId: Map<string, Chart>;
}

/** Money figures that can be drawn: a money unit and a non-zero value. */
function drawableMoney(figures: readonly FigureView[]): FigureView[] {
  return figures.filter((f) => UNITS[f.data.unit].money && f.computed.value !== undefined && f.computed.value !== 0);
}

const moneyGroupOf = (figure: FigureView) => MONEY_GROUPS.find((g) => g.kinds.includes(figure.data.kind)) ?? MONEY_GROUPS[MONEY_GROUPS.length - 1];

function eventRows(events: readonly EventView[], index: ContentIndex, page: (e: EventView) => string): Cell[][] {
  return events.map((e) => {
    const c = index.caseById.get(e.caseId);
    return [
      e.id,
      e.data.date,
      e.data.time,
      e.when.precision,
      e.data.kind,
      EVENT_KINDS[e.data.kind],
      e.data.title,
      e.data.summary,
      e.caseId,
      c?.data.title,
      c?.data.line,
      e.data.dispute ? 'disputed' : '',
      e.sourceIds.join(' '),
      absoluteUrl(page(e)),
    ];
  });
}
const EVENT_HEADER = ['id', 'date', 'time', 'precision', 'kind', 'kind_label', 'title', 'summary', 'case', 'case_title', 'line', 'dispute', 'sources', 'url'];

function figureRows(figures: readonly FigureView[], index: ContentIndex): Cell[][] {
  return figures.map((f) => [
    f.id,
    f.data.label,
    f.computed.value,
    f.computed.stated,
    f.data.derivation ? 'computed' : 'stated',
    f.approx ? 'yes' : '',
    f.data.unit,
    f.data.kind,
    FIGURE_KINDS[f.data.kind],
    moneyGroupOf(f)?.label,
    f.data.date,
    f.caseId,
    index.caseById.get(f.caseId)?.data.title,
    f.data.status,
    f.sourceIds.join(' '),
    absoluteUrl(`/cases/${f.caseId}/#${f.id}`),
  ]);
}
const FIGURE_HEADER = ['id', 'label', 'value', 'stated_value', 'value_from', 'approx', 'currency', 'kind', 'kind_label', 'group', 'date', 'case', 'case_title', 'status', 'sources', 'url'];

/** How a timeline's axis is drawn, in words: its key events named, its breaks and its enlarged stretch (segmentTimeline). */
function axisNote(events: readonly EventView[]): string {
  const segments = segmentTimeline(
    events.map((e) => ({ start: e.when.start.getTime(), end: e.when.end.getTime() })),
    TIMELINE_DEFAULTS.scale,
  );
  const gaps = segments.slice(1).filter((s, i) => s.t0 > (segments[i]?.t1 ?? s.t0)).length;
  const month = (t: number) => `${new Date(t).getUTCFullYear()}年${new Date(t).getUTCMonth() + 1}月`;
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

function responseRows(rows: readonly ResponseTime[], index: ContentIndex): Cell[][] {
  return rows.map((r) => [
    r.caseId,
    index.caseById.get(r.caseId)?.data.title,
    r.start?.date,
    r.start?.eventId,
    r.start?.kind,
    r.responseStatus,
    r.response?.date,
    r.response?.eventId,
    r.response?.days?.min,
    r.response?.days?.max,
    r.response?.beforeStart,
    r.outcomeStatus,
    r.outcome?.date,
    r.outcome?.kind,
    r.outcome?.eventId,
    r.outcome?.days?.min,
    r.outcome?.days?.max,
    r.outcome?.beforeStart,
  ]);
}
const RESPONSE_HEADER = [
  'case',
  'case_title',
  'start_date',
  'start_event',
  'start_kind',
  'response_status',
  'response_date',
  'response_event',
  'response_days_min',
  'response_days_max',
  'response_before_start',
  'outcome_status',
  'outcome_date',
  'outcome_kind',
  'outcome_event',
  'outcome_days_min',
  'outcome_days_max',
  'outcome_before_start',
];

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
      csv: { header: EVENT_HEADER, rows: eventRows(events, index, (e) => `/cases/${entry.id}/#${e.id}`) },
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
      csv: { header: FIGURE_HEADER, rows: figureRows(money, index) },
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
  const responseTimes = sortByResponseClock(
    deriveResponseTimes(
      index.cases.map((c) => ({ id: c.id, status: c.data.status, responseDate: c.data.response.date, responseFound: c.data.response.found, clock: c.data.clock })),
      index.events.map((e) => ({ id: e.id, caseId: e.caseId, kind: e.data.kind, date: e.data.date, private: e.data.private })),
    ),
  );
  const lines = new Set(index.cases.map((c) => c.data.line)).size;
  const charts: Chart[] = [
    {
      kind: 'timeline',
      id: 'timeline',
      title: '全部事件时间线',
      summary: timelineSummary(index.events, index),
      sourceLine: '数据：信任账本整理的事件记录，每条的出处见事件列表。',
      page: '/timeline/#timeline',
      events: index.events,
      csv: { header: EVENT_HEADER, rows: eventRows(index.events, index, (e) => `/timeline/#${e.id}`) },
      embedHeight: 260 + Math.max(lines, index.cases.length) * 34,
    },
    {
      kind: 'response-times',
      id: 'response-times',
      title: '问题公开后，小米多久回应，多久有结果',
      summary: summariseResponseTimes(responseTimes, (id) => index.caseById.get(id)?.data.short ?? id),
      sourceLine: '数据：由信任账本整理的事件记录推算（问题首次公开的投诉、报道或事件；小米首次回应；首个判决、处罚或召回）。',
      page: '/timeline/#response-times',
      rows: responseTimes,
      csv: { header: RESPONSE_HEADER, rows: responseRows(responseTimes, index) },
      embedHeight: 240 + responseTimes.length * 52,
    },
    {
      kind: 'losses',
      id: 'losses',
      title: '各案件的金额（对数刻度）',
      summary: moneySummary(money, '各案件'),
      sourceLine: '数据：信任账本整理的数字记录；每个金额的出处见数据表，点击金额可转到所属案件。',
      page: '/losses/#losses',
      figures: money,
      csv: { header: FIGURE_HEADER, rows: figureRows(money, index) },
      embedHeight: 260 + money.length * 40 + MONEY_GROUPS.length * 30,
    },
    ...index.cases.flatMap((c) => caseCharts(c, index)),
  ];
  return { charts, byId: new Map(charts.map((chart) => [chart.id, chart])) };
}
