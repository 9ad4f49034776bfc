import { MONEY_GROUPS } from '../charts/moneyGroups';
import { CSV_CONVENTIONS } from '../lib/toCsv';

/**
 * The columns of every CSV the site writes (the downloads under /data/ and each chart's
 * /data/charts/<id>.csv), in file order, each with what it holds. The files are written with
 * exactly these columns (lib/toCsv.ts fails on a missing or an extra one) and the /data/ page
 * documents them from these lists, so the description cannot drift from the files. A column
 * has one name wherever it appears, and one meaning.
 */
export interface OpenDataField {
  name: string;
  description: string;
}

export const EVENT_FIELDS: readonly OpenDataField[] = [
  { name: 'id', description: '事件编号；也是事件在案件页和时间线页上的锚点（#编号）。' },
  { name: 'case', description: '所属案件的编号（见 cases.json）。' },
  { name: 'date', description: '日期，写到来源给出的精度：YYYY、YYYY-MM 或 YYYY-MM-DD。' },
  { name: 'time', description: '北京时间 HH:MM；来源未给出时为空。' },
  { name: 'precision', description: '日期精度：year、month 或 day。' },
  { name: 'date_inferred', description: '没有来源直接给出日期时，日期是怎样推断的（例如依据处罚决定书的文号）；来源给出日期时为空。' },
  { name: 'private', description: '事件发生时不为公众所知（例如一笔订单、一次电话），由后来的报道披露时为 true，否则为 false；这样的事件不作为“回应用了多久”的起点。' },
  { name: 'kind', description: '类别代码（promise、incident、complaint、report、response、lawsuit、ruling、regulation、recall、market）。' },
  { name: 'kind_label', description: '类别的中文名称，与页面所示相同。' },
  { name: 'title', description: '事件标题。' },
  { name: 'label', description: '关键事件在时间线图上的简短名称（至多14个字）；其他事件为空。' },
  { name: 'summary', description: '说明；可能为空。' },
  { name: 'place', description: '地点；可能为空。' },
  { name: 'disputed', description: '来源之间对此事件说法不一时为 true（各方说法见事件所在页面），否则为 false。' },
  { name: 'sources', description: `来源编号，以“${CSV_CONVENTIONS.listSeparator}”分隔（见 sources.csv）。` },
  { name: 'url', description: '事件在案件页上的完整地址。' },
];

export const FIGURE_FIELDS: readonly OpenDataField[] = [
  { name: 'id', description: '数字编号；也是数字在案件页上的锚点。' },
  { name: 'case', description: '所属案件的编号。' },
  { name: 'label', description: '这个数字是什么。' },
  { name: 'value', description: '页面上显示的数值，以基本单位计（元，不是万元）：推算数字为本站计算的值，其余为来源所称的值。' },
  { name: 'stated_value', description: '来源所称的数值；来源未给出时为空。' },
  { name: 'computed_value', description: '本站按 derivation 计算的数值；非推算数字为空。' },
  { name: 'agrees', description: '推算数字同时有来源数值时：两者在容差内相符为 true，否则为 false；其余为空。' },
  { name: 'approx', description: '来源写作“约”时为 true（指 stated_value），否则为 false。' },
  { name: 'value_approx', description: 'value 是否为约数：来源写作“约”，或由约数推算而来时为 true（页面上写作“约……”），否则为 false。' },
  { name: 'unit', description: '单位代码：CNY、HKD、USD 为货币（ISO 4217）；people、units、items、percent、shares、days、hp、kmh、points、times。' },
  { name: 'unit_label', description: '单位的中文写法，与页面所示相同。' },
  { name: 'kind', description: '类别代码（user-loss、amount-involved、compensation-offered、court-award、fine、price、market-value、revenue、statutory、count）。' },
  { name: 'kind_label', description: '类别的中文名称。' },
  { name: 'date', description: '数字所指的日期，写到已知的精度。' },
  { name: 'date_inferred', description: '没有来源直接给出日期时，日期是怎样推断的；来源给出日期时为空。' },
  { name: 'status', description: '状态代码：reported（据报道）、confirmed（已证实）、disputed（有争议），定义见“关于”页。' },
  { name: 'status_label', description: '状态的中文名称。' },
  { name: 'derivation', description: `推算方法，如 ratio(a${CSV_CONVENTIONS.listSeparator}b)：sum 之和、difference 之差、product 之积、ratio/multiple 之比、percent-change 变化率；非推算数字为空。` },
  { name: 'note', description: '说明；可能为空。' },
  { name: 'sources', description: `来源编号，以“${CSV_CONVENTIONS.listSeparator}”分隔。` },
  { name: 'url', description: '数字在案件页上的完整地址。' },
];

export const SOURCE_FIELDS: readonly OpenDataField[] = [
  { name: 'id', description: '来源编号。' },
  { name: 'outlet', description: '媒体或发布机构。' },
  { name: 'title', description: '标题，照原样；没有标题的来源以（）内的说明代替。' },
  { name: 'author', description: '作者；可能为空。' },
  { name: 'published', description: '发布日期，写到已知的精度。' },
  { name: 'url', description: '原文地址；没有公开地址时为空。' },
  { name: 'kind', description: '类型代码（report、commentary、court-document、company-statement、regulatory-document、repost）。' },
  { name: 'kind_label', description: '类型的中文名称。' },
  { name: 'language', description: '语言：zh-Hans、zh-Hant 或 en。' },
  { name: 'via', description: '转载稿的原始报道编号；可能为空。' },
  { name: 'reliability', description: '本站对其可靠程度的说明。' },
  { name: 'cited', description: '本站引用它的次数（案件、专题、事件、数字合计），与来源列表页所示相同。' },
  { name: 'page', description: '本站的来源档案页地址。' },
];

/** The keys of each case in cases.json (documentation only: the JSON is nested). */
export const CASE_FIELDS: readonly OpenDataField[] = [
  { name: 'id', description: '案件编号；也是案件页地址的一部分（/cases/编号/）。' },
  { name: 'url', description: '案件页的完整地址。' },
  { name: 'title / summary', description: '标题和一句话摘要。' },
  { name: 'line', description: '业务线：互联网金融、汽车、家电、智能硬件、营销与公关、资本市场。' },
  { name: 'status', description: '进展：进行中、已判决、已处罚、已了结、无公开进展、未回应。' },
  { name: 'period', description: '起止日期（start、end）；尚未结束的案件 end 为 null。' },
  { name: 'brief', description: 'true 表示来源有限、只能简要记录的案件。' },
  { name: 'parties', description: '当事方：编号、名称、类别；pseudonym 为 true 的是报道使用的化名。' },
  { name: 'response', description: '小米的回应：摘要、found（false 表示本站没有找到小米的回应，摘要说明查阅了哪些来源）、日期（没有时为 null）、来源编号。' },
  { name: 'keyFigure', description: '页面顶部显示的关键数字的编号（见 figures.csv）；没有时为 null。' },
  { name: 'sources / events / figures', description: '案件的主要来源、全部事件、全部数字的编号，顺序与页面相同。' },
  { name: 'published / updated', description: '首次发布和最后更新的日期。' },
  { name: 'corrections', description: '更正记录（date、text），最新的在前。' },
];

/** Fields of `list` by name, in the order given (a chart's CSV shares its columns' meanings with the downloads). */
function pick(list: readonly OpenDataField[], names: readonly string[]): OpenDataField[] {
  return names.map((name) => {
    const field = list.find((f) => f.name === name);
    if (!field) throw new Error(`openDataFields: no field ${name}`);
    return field;
  });
}

const CASE_TITLE: OpenDataField = { name: 'case_title', description: '所属案件的标题。' };

/** /data/charts/timeline.csv and /data/charts/<case>-timeline.csv: the events a timeline draws. */
export const CHART_EVENT_FIELDS: readonly OpenDataField[] = [
  ...pick(EVENT_FIELDS, ['id', 'date', 'time', 'precision', 'kind', 'kind_label', 'title', 'summary', 'case']),
  CASE_TITLE,
  { name: 'line', description: '所属案件的业务线（全部事件时间线按它分行）。' },
  ...pick(EVENT_FIELDS, ['disputed', 'sources']),
  { name: 'url', description: '事件在本图所在页面上的完整地址：全部事件时间线上的事件指向 /timeline/#编号，案件时间线上的事件指向案件页的锚点。' },
];

/** /data/charts/losses.csv and /data/charts/<case>-figures.csv: the money figures a chart draws. */
export const CHART_FIGURE_FIELDS: readonly OpenDataField[] = [
  ...pick(FIGURE_FIELDS, ['id', 'label', 'value', 'stated_value']),
  { name: 'value_from', description: 'value 从何而来：computed 为本站按 derivation 计算（见 figures.csv），stated 为来源所称。' },
  ...pick(FIGURE_FIELDS, ['value_approx', 'unit', 'kind', 'kind_label']),
  { name: 'group', description: `图上的分组：${MONEY_GROUPS.map((g) => g.label).join('、')}。` },
  ...pick(FIGURE_FIELDS, ['date', 'case']),
  CASE_TITLE,
  ...pick(FIGURE_FIELDS, ['status', 'sources', 'url']),
];

const DAYS = '天数以区间表示：日期都精确到日时 min 与 max 相同；有一方只知月份或年份时，为它可能的最少和最多天数。';

/** /data/charts/response-times.csv: each case's response clock. */
export const RESPONSE_TIME_FIELDS: readonly OpenDataField[] = [
  pick(EVENT_FIELDS, ['case'])[0] as OpenDataField,
  CASE_TITLE,
  { name: 'start_date', description: '问题首次公开的日期：本案最早的公开投诉、报道或事件；没有时为空。' },
  { name: 'start_event', description: '问题首次公开的事件编号（见 events.csv）。' },
  { name: 'start_kind', description: '该事件的类别代码（complaint、report 或 incident）。' },
  { name: 'response_status', description: '小米的回应：responded 有日期的回应，undated 有回应但日期不详，none 没有找到回应。' },
  { name: 'response_date', description: '小米首次回应的日期；没有时为空。' },
  { name: 'response_event', description: '首次回应的事件编号；回应日期只见于案件档案时为空。' },
  { name: 'response_days_min', description: `问题公开后多少天回应，下限。${DAYS}` },
  { name: 'response_days_max', description: '问题公开后多少天回应，上限。' },
  { name: 'response_before_start', description: '回应早于问题公开时，案件档案给出的原因；其余为空。' },
  { name: 'outcome_status', description: '结果：dated 有日期的判决、处罚或召回，undated 已有结果但日期不详，settled 已了结而没有判决、处罚或召回，pending 尚无结果。' },
  { name: 'outcome_date', description: '首个判决、处罚或召回的日期；没有时为空。' },
  { name: 'outcome_kind', description: '该结果事件的类别代码（ruling、regulation 或 recall）。' },
  { name: 'outcome_event', description: '该结果的事件编号。' },
  { name: 'outcome_days_min', description: `问题公开后多少天有结果，下限。${DAYS}` },
  { name: 'outcome_days_max', description: '问题公开后多少天有结果，上限。' },
  { name: 'outcome_before_start', description: '结果早于问题公开时（例如处罚决定作出在先、公布在后），案件档案给出的原因；其余为空。' },
];

/** The chart CSVs by the shape of their table, for /data/: which charts write which columns. */
export const CHART_TABLES: readonly { anchor: string; what: string; charts: string; fields: readonly OpenDataField[] }[] = [
  { anchor: 'charts-timeline', what: '时间线图的事件', charts: 'timeline.csv、<案件编号>-timeline.csv', fields: CHART_EVENT_FIELDS },
  { anchor: 'charts-figures', what: '金额图的数字', charts: 'losses.csv、<案件编号>-figures.csv', fields: CHART_FIGURE_FIELDS },
  { anchor: 'charts-response-times', what: '回应时间图', charts: 'response-times.csv', fields: RESPONSE_TIME_FIELDS },
];

/** How the CSVs write lists, flags and missing values, for /data/ (from lib/toCsv.ts). */
export const CSV_NOTES = `多个编号以“${CSV_CONVENTIONS.listSeparator}”分隔。是否类字段写作 ${CSV_CONVENTIONS.true} 或 ${CSV_CONVENTIONS.false}。没有的值留空。`;
