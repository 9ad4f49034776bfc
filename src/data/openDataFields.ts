/**
 * The columns of the open-data downloads, in file order, each with what it holds. The
 * endpoints write exactly these columns and the /data/ page documents them from this list,
 * so the description cannot drift from the files.
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
  { name: 'private', description: '事件发生时不为公众所知（例如一笔订单、一次电话），由后来的报道披露时为 true；它不作为“回应用了多久”的起点。' },
  { name: 'kind', description: '类别代码（promise、incident、complaint、report、response、lawsuit、ruling、regulation、recall、market）。' },
  { name: 'kind_label', description: '类别的中文名称，与页面所示相同。' },
  { name: 'title', description: '事件标题。' },
  { name: 'label', description: '关键事件在时间线图上的简短名称（至多14个字）；其他事件为空。' },
  { name: 'summary', description: '说明；可能为空。' },
  { name: 'place', description: '地点；可能为空。' },
  { name: 'disputed', description: '来源之间对此事件说法不一时为 true，各方说法见事件所在页面。' },
  { name: 'sources', description: '来源编号，以分号分隔（见 sources.csv）。' },
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
  { name: 'approx', description: '来源写作“约”时为 true（指 stated_value）。' },
  { name: 'value_approx', description: 'value 是否为约数：来源写作“约”，或由约数推算而来时为 true；页面上写作“约……”。' },
  { name: 'unit', description: '单位代码：CNY、HKD、USD 为货币（ISO 4217）；people、units、items、percent、shares、days、hp、kmh、points、times。' },
  { name: 'unit_label', description: '单位的中文写法，与页面所示相同。' },
  { name: 'kind', description: '类别代码（user-loss、amount-involved、compensation-offered、court-award、fine、price、market-value、revenue、statutory、count）。' },
  { name: 'kind_label', description: '类别的中文名称。' },
  { name: 'date', description: '数字所指的日期，写到已知的精度。' },
  { name: 'date_inferred', description: '没有来源直接给出日期时，日期是怎样推断的；来源给出日期时为空。' },
  { name: 'status', description: '状态代码：reported（据报道）、confirmed（已证实）、disputed（有争议），定义见“关于”页。' },
  { name: 'status_label', description: '状态的中文名称。' },
  { name: 'derivation', description: '推算方法，如 ratio(a;b)：sum 之和、difference 之差、product 之积、ratio/multiple 之比、percent-change 变化率；非推算数字为空。' },
  { name: 'note', description: '说明；可能为空。' },
  { name: 'sources', description: '来源编号，以分号分隔。' },
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
