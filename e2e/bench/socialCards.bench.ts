import { bench, describe } from 'vitest';
import { renderPng } from '../../src/og/renderPng';
import { CARD_HEIGHT, CARD_WIDTH, type SocialCard } from '../../src/og/socialCard';
import { socialCardTree } from '../../src/og/socialCardTree';

/**
 * Time to render one social card (satori layout + resvg PNG), the cost the build pays per case
 * and story. Each card has a different title drawn from common characters, so that glyph
 * parsing, which satori caches per character, is paid the way a site of many cases pays it.
 * Run: npx vitest bench --run e2e/bench/socialCards.bench.ts
 */
const CHARS = '小米汽车用户订单投诉维权系统错误冰箱补偿法院判决罚款召回事故定金理财平台广告承诺宣传回应监管市值营收股东代言博主营销推广数据隐私手环手机电视空调洗衣机售后维修退款赔偿消费者协会工信部市场监督管理局起诉仲裁';
let n = 0;
function card(): SocialCard {
  n++;
  const pick = (k: number) => Array.from({ length: k }, (_, i) => CHARS[(n * 7 + i * 13) % CHARS.length]).join('');
  return { path: '', kicker: '案件档案 · 汽车', title: `${pick(10)}${n}${pick(8)}`, figure: { value: `约${n * 37}万元`, label: pick(9), date: '2025年11月15日' }, meta: ['2025年11月14日起', '进行中'] };
}

describe('social card', () => {
  bench('render one 1200×630 card', async () => {
    await renderPng(socialCardTree(card()), { width: CARD_WIDTH, height: CARD_HEIGHT });
  }, { warmupIterations: 3, iterations: 60, time: 0 });
});
