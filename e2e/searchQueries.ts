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
const KOL = 'cases/kol-wanneng-daxiong-2026/';
const BAND = 'cases/mi-band-5-advertising-fine/';
const HOOD = 'cases/su7-ultra-carbon-hood/';
const ANHUI = 'cases/su7-crash-anhui-2025/';
const CHENGDU = 'cases/su7-ultra-crash-chengdu-2025/';
const POWER = 'cases/su7-ultra-power-cap-2025/';
const ORDERS = 'cases/su7-orders-deposits/';
const RECALLS = 'cases/su7-recalls-2025/';
const MARKET = 'cases/market-value-fall-2025/';
const CRITICS = 'cases/complaints-against-critics/';

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
  // The KOL affair (2026)
  { q: '万能的大熊', expect: KOL },
  { q: '午后狂睡', expect: KOL },
  { q: 'kol', expect: KOL },
  { q: '徐洁云', expect: KOL },
  { q: '辞退员工', expect: KOL },
  // The Mi Band 5 advertising fine
  { q: '睡眠监测', expect: BAND },
  { q: '小米手环', expect: BAND },
  { q: '手環', expect: BAND },
  { q: '广告法', expect: BAND },
  { q: 'NFC', expect: BAND },
  // The SU7 cases
  { q: '挖孔机盖', expect: HOOD },
  { q: '前舱盖', expect: HOOD },
  { q: '碳纤维', expect: HOOD },
  { q: '4.2万', expect: HOOD },
  { q: '退一赔三', expect: HOOD },
  { q: '铜陵', expect: ANHUI },
  { q: '德上高速', expect: ANHUI },
  { q: '三人遇难', expect: ANHUI },
  { q: '成都 车门', expect: CHENGDU },
  { q: '隐藏式门把手', expect: CHENGDU },
  { q: '天府大道', expect: CHENGDU },
  { q: '限制马力', expect: POWER },
  { q: '锁马力', expect: POWER },
  { q: '圈速', expect: POWER },
  { q: '锁单', expect: ORDERS },
  { q: '双倍返还定金', expect: ORDERS },
  { q: '海口 定金', expect: ORDERS },
  { q: '霸王条款', expect: ORDERS },
  { q: '召回', expect: RECALLS },
  { q: '泊车辅助', expect: RECALLS },
  // The market value and the critics
  { q: '市值蒸发', expect: MARKET },
  { q: '5300亿', expect: MARKET },
  { q: '卢伟冰', expect: MARKET },
  { q: '港股', expect: MARKET },
  { q: '01810', expect: MARKET },
  { q: '绿化带战神', expect: CRITICS },
  { q: '模仿雷军', expect: CRITICS },
  // The other stories
  { q: '用户主权', expect: 'stories/kol-affair-and-user-sovereignty/' },
  { q: '任务栏里的理财', expect: 'stories/p2p-promotions-and-the-fans/' },
  { q: '从发布会到法庭', expect: 'stories/su7-from-launch-to-courtroom/' },
  { q: '价格厚道', expect: 'stories/su7-from-launch-to-courtroom/' },
  { q: '信任纠纷的总账', expect: 'stories/overview-promise-incident-response/' },
  // Source records
  { q: 'TechNode', expect: 'sources/technode-2018-07-24/' },
  { q: 'technode', expect: 'sources/technode-2018-07-24/' },
  { q: '每日经济新闻', expect: 'sources/nbd-2018-07-23/' },
  { q: '每日經濟新聞', expect: 'sources/nbd-2018-07-23/' },
  { q: '扬子晚报', expect: 'sources/yangtse-2025-11-17-fridge/' },
  { q: '星岛头条', expect: 'sources/stheadline-2025-11-24-fridge/' },
  { q: '竹未晞', expect: 'sources/zhuweixi-2025-12-trust/' },
  { q: '大埔火灾', expect: 'sources/hk01-2025-11-taipo/' },
  { q: 'Yicai Global', expect: 'sources/yicai-global-2018-07/' },
  // Several words, one of which the site does not use (or not with the others): the results hold most of them.
  { q: '铜陵 高速 自燃', expect: ANHUI },
  { q: '成都 车门 自燃', expect: CHENGDU },
  { q: '海口 定金 退款难', expect: ORDERS },
  { q: '小米手环 睡眠 误导', expect: BAND },
  { q: '罗女士 冰箱 维权难', expect: FRIDGE },
  { q: '雷军 碳纤维 机盖 欺诈', expect: HOOD },
  // The words readers use for the site's words (content/synonyms.yaml)
  { q: '小米 冰箱 砍单', expect: FRIDGE },
  { q: '小米汽车 事故 三人', expect: ANHUI },
  { q: '引擎盖', expect: HOOD },
  { q: '砍单', expect: FRIDGE },
  { q: '股价 下跌', expect: MARKET },
  { q: '车门打不开', expect: CHENGDU },
  { q: '订金', expect: ORDERS },
  { q: '爆雷', expect: P2P },
  { q: '雷总 冰箱', expect: FRIDGE },
  { q: '自动驾驶 召回', expect: RECALLS },
  { q: '交通事故 铜陵', expect: ANHUI },
  { q: '炒鱿鱼', expect: KOL },
  { q: '恰饭', expect: KOL },
  { q: '冰箱 bug', expect: FRIDGE },
  { q: '小米粉丝 抗议', expect: KOL },
  // Names and aliases of the parties
  { q: '宗宁', expect: KOL },
  { q: '百荣金服', expect: P2P },
  // Traditional names and phrases, whatever Traditional characters the site itself holds
  { q: '萬能的大熊', expect: KOL },
  { q: '小米手環 廣告', expect: BAND },
  { q: '碳纖維前艙蓋', expect: HOOD },
  { q: '德上高速 車禍', expect: ANHUI },
  { q: '隱藏式門把手', expect: CHENGDU },
  { q: '市值蒸發', expect: MARKET },
  { q: '鎖單', expect: ORDERS },
  { q: '雷軍 冰箱', expect: FRIDGE },
  // Latin in any letter case, and numbers with their units
  { q: 'Kol', expect: KOL },
  { q: 'nfc 手环', expect: BAND },
  { q: 'Su7 Ultra 限制马力', expect: POWER },
  { q: 'OTA 召回', expect: RECALLS },
  { q: 'hyperos', expect: RECALLS },
  { q: '8万元 罚款', expect: BAND },
  { q: '5300亿港元', expect: MARKET },
  { q: '257万粉丝', expect: KOL },
];

/**
 * Queries no page answers. Those marked charactersOnSite are the real test of word matching: each
 * of their characters is on the site (the suite checks), only never side by side. Those of
 * several words test relaxed matching: one word on the site (华为, 刹车, 小米) must not bring up
 * pages on its own when the others are on none. When new content uses one of these words,
 * replace it with another such word (any dictionary word whose characters the site has apart).
 */
export const FINDS_NOTHING: FindsNothingQuery[] = [
  { q: '疫苗' },
  { q: '中秋', charactersOnSite: true },
  { q: '发票', charactersOnSite: true },
  { q: '降价', charactersOnSite: true },
  { q: '外卖', charactersOnSite: true },
  { q: '净水器', charactersOnSite: true },
  { q: '路由器', charactersOnSite: true },
  { q: 'Nintendo' },
  // Unrelated queries readers of a site about a phone maker might type
  { q: '苹果 电池门' },
  { q: '房地产 烂尾' },
  { q: '奶粉 三聚氰胺' },
  { q: '比特币' },
  { q: '小米 疫苗' },
  { q: '小米 洗衣机' },
  { q: '华为 折叠屏' },
  { q: '特斯拉 刹车失灵' },
  { q: '充电宝 爆炸' },
  { q: '扫地机器人' },
];
