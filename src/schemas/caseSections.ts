/**
 * The sections every full case file has, in order: the heading authors write in the MDX, and
 * the ASCII anchor it gets (so a link to a section survives being shared in WeChat).
 */
export const CASE_SECTIONS = [
  { heading: '承诺与宣传', id: 'claims' },
  { heading: '经过', id: 'what-happened' },
  { heading: '受影响的人与金额', id: 'who-was-affected' },
  { heading: '小米的回应', id: 'response' },
  { heading: '法律与监管结果', id: 'outcome' },
  { heading: '悬而未决', id: 'open-questions' },
  { heading: '争议之处', id: 'disputes' },
] as const;

/** Sections the case layout adds after the prose, from the data. */
export const CASE_DATA_SECTIONS = [
  { heading: '时间线', id: 'timeline' },
  { heading: '数字', id: 'figures' },
  { heading: '当事方', id: 'parties' },
  { heading: '相似案件', id: 'similar' },
  { heading: '来源', id: 'sources' },
] as const;
