/**
 * The controlled vocabularies of the content model, each with the label readers see.
 * Reader-facing categories that appear in shared URLs (line of business, case status) are
 * Chinese words; technical kinds are ASCII keys with Chinese labels.
 */

/** 业务线: the part of Xiaomi's business a case belongs to. */
export const LINES = ['互联网金融', '汽车', '家电', '智能硬件', '营销与公关', '资本市场'] as const;
export type Line = (typeof LINES)[number];
/** Two-character names of the lines, for a phone's narrow timeline columns. */
export const LINE_SHORT: Record<Line, string> = { 互联网金融: '金融', 汽车: '汽车', 家电: '家电', 智能硬件: '硬件', 营销与公关: '营销', 资本市场: '资本' };

/**
 * 承诺的类型: what kind of promise or claim a case is about, for the similar cases a case page
 * names. The data cannot say it (events record what happened, not what was at stake), so each
 * case file states it.
 */
export const PROMISE_KINDS = {
  'product-claim': '产品功能与性能宣传',
  safety: '安全与辅助驾驶',
  'order-terms': '订单、定金与价格',
  'financial-promotion': '理财产品推广',
  'user-relations': '对用户与批评者的态度',
  market: '资本市场表现',
} as const;
export type PromiseKind = keyof typeof PROMISE_KINDS;

/** Where a case stands today. */
export const CASE_STATUSES = ['进行中', '已判决', '已处罚', '已了结', '无公开进展', '未回应'] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

export const SOURCE_KINDS = {
  report: '新闻报道',
  commentary: '评论',
  'court-document': '法院文书',
  'company-statement': '公司声明',
  'regulatory-document': '监管文书',
  repost: '转载',
} as const;
export type SourceKind = keyof typeof SOURCE_KINDS;

export const LANGUAGES = {
  'zh-Hans': '简体中文',
  'zh-Hant': '繁体中文',
  en: '英文',
} as const;
export type Language = keyof typeof LANGUAGES;

export const EVENT_KINDS = {
  promise: '承诺与宣传',
  incident: '事件',
  complaint: '投诉与维权',
  report: '报道',
  response: '小米回应',
  lawsuit: '诉讼',
  ruling: '裁判',
  regulation: '监管与处罚',
  recall: '召回',
  market: '市场',
} as const;
export type EventKind = keyof typeof EVENT_KINDS;
/** Two-character names of the kinds, for a phone's narrow timeline columns. */
export const EVENT_KIND_SHORT: Record<EventKind, string> = {
  promise: '承诺',
  incident: '事件',
  complaint: '投诉',
  report: '报道',
  response: '回应',
  lawsuit: '诉讼',
  ruling: '裁判',
  regulation: '监管',
  recall: '召回',
  market: '市场',
};

export const FIGURE_KINDS = {
  'user-loss': '用户损失',
  'amount-involved': '涉及金额',
  'compensation-offered': '补偿方案',
  'court-award': '法院判赔',
  fine: '罚款',
  price: '价格',
  'market-value': '市值',
  revenue: '营收与利润',
  statutory: '法定标准',
  count: '人数与数量',
} as const;
export type FigureKind = keyof typeof FIGURE_KINDS;

/** Units, with how a value in that unit is written. Money units are ISO 4217 codes. */
export const UNITS = {
  CNY: { label: '元', money: true },
  HKD: { label: '港元', money: true },
  USD: { label: '美元', money: true },
  people: { label: '人', money: false },
  units: { label: '辆（台）', money: false },
  items: { label: '个', money: false },
  percent: { label: '%', money: false },
  shares: { label: '股', money: false },
  days: { label: '天', money: false },
  minutes: { label: '分钟', money: false },
  hp: { label: '马力', money: false },
  kmh: { label: '公里/小时', money: false },
  points: { label: '积分', money: false },
  times: { label: '倍', money: false },
} as const;
export type Unit = keyof typeof UNITS;

export const FIGURE_STATUSES = {
  reported: '据报道',
  confirmed: '已证实',
  disputed: '有争议',
} as const;
export type FigureStatus = keyof typeof FIGURE_STATUSES;

export const ENTITY_KINDS = {
  company: '公司',
  unit: '公司部门',
  product: '产品与服务',
  platform: '平台',
  court: '法院',
  regulator: '监管机构',
  media: '媒体',
  person: '人物',
  expert: '专家',
  organisation: '组织',
} as const;
export type EntityKind = keyof typeof ENTITY_KINDS;

/** Ways a figure can be derived from other figures. */
export const DERIVATIONS = ['sum', 'difference', 'product', 'ratio', 'percent-change', 'multiple'] as const;
export type Derivation = (typeof DERIVATIONS)[number];
