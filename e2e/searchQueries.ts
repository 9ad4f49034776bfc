/**
 * The search-quality suite's queries (e2e/searchQuality.test.ts): what readers type, and the
 * page each must bring up among its first three results. To add queries for a new case, add
 * lines to FINDS (path without the base, as in the address bar) and, for words the site must
 * not match, to FINDS_NOTHING. Expectations are written as a reader would judge them, before
 * looking at what the search returns.
 */
export interface FindsQuery {
  q: string;
  /** The page that must be among the first three results, e.g. 'cases/p2p-promotion-2018/'. */
  expect: string;
}

export interface FindsNothingQuery {
  q: string;
  /**
   * Every character of the query occurs somewhere on the site, only never together: the suite
   * checks that too, so the query tests word matching rather than an unknown character.
   */
  charactersOnSite?: boolean;
}

const P2P = 'cases/p2p-promotion-2018/';
const FRIDGE = 'cases/fridge-1111-orders-2025/';
const STORY = 'stories/from-fan-exclusive-to-system-error/';

export const FINDS: FindsQuery[] = [
  // The P2P promotions (2017–2018)
  { q: '小灰熊', expect: P2P },
  { q: '秋田财富', expect: P2P },
  { q: '米粉专享', expect: P2P },
  { q: '429', expect: P2P },
  { q: '4000万', expect: P2P },
  { q: 'p2p', expect: P2P },
  { q: 'P2P理财平台', expect: P2P },
  { q: '小米运动', expect: P2P },
  { q: '暴雷', expect: P2P },
  { q: '网贷', expect: P2P },
  { q: '林華', expect: P2P },
  { q: '金柚金服', expect: P2P },
  { q: '吆鸡理财', expect: P2P },
  { q: 'JAX蔡', expect: P2P },
  { q: '非法吸收公众存款', expect: P2P },
  { q: '连带责任', expect: P2P },
  { q: '小米VIP', expect: P2P },
  { q: '小米 理财 投诉', expect: P2P },
  { q: '理財平台暴雷', expect: P2P },
  // The 11.11-yuan fridge orders (2025)
  { q: '冰箱', expect: FRIDGE },
  { q: '11.11', expect: FRIDGE },
  { q: '系统配置错误', expect: FRIDGE },
  { q: '系統配置錯誤', expect: FRIDGE },
  { q: '双十一', expect: FRIDGE },
  { q: '30元红包', expect: FRIDGE },
  { q: '罗女士', expect: FRIDGE },
  { q: '206升', expect: FRIDGE },
  { q: '秒杀', expect: FRIDGE },
  { q: '民法典', expect: FRIDGE },
  { q: '消费者权益保护法', expect: FRIDGE },
  { q: '冰箱订单取消', expect: FRIDGE },
  { q: '1499元', expect: FRIDGE },
  { q: '雷军 冰箱', expect: FRIDGE },
  { q: '小米冰箱不发货', expect: FRIDGE },
  // The story that links them
  { q: '从米粉专享到系统错误', expect: STORY },
  { q: '入口的分量', expect: STORY },
  { q: '数字背后的人', expect: STORY },
  // Source records
  { q: 'TechNode', expect: 'sources/technode-2018-07-24/' },
  { q: 'technode', expect: 'sources/technode-2018-07-25/' },
  { q: '每日经济新闻', expect: 'sources/nbd-2018-07-23/' },
  { q: '每日經濟新聞', expect: 'sources/nbd-2018-07-23/' },
  { q: '扬子晚报', expect: 'sources/yangtse-2025-11-17-fridge/' },
  { q: '星岛头条', expect: 'sources/stheadline-2025-11-24-fridge/' },
  { q: '竹未晞', expect: 'sources/zhuweixi-2025-12-trust/' },
  { q: '大埔火灾', expect: 'sources/hk01-2025-11-taipo/' },
  { q: 'Yicai Global', expect: 'sources/yicai-global-2018-07/' },
];

/**
 * Words no page holds. Those marked charactersOnSite are the real test of word matching: each of
 * their characters is on the site (the suite checks), only never side by side. When new content
 * uses one of these words, replace it with another such word (any dictionary word whose
 * characters the site has apart).
 */
export const FINDS_NOTHING: FindsNothingQuery[] = [
  { q: '疫苗' },
  { q: '华为', charactersOnSite: true },
  { q: '路由器', charactersOnSite: true },
  { q: '门锁', charactersOnSite: true },
  { q: '空调', charactersOnSite: true },
  { q: '余额宝' },
  { q: 'Nintendo' },
];
