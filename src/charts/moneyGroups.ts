import type { FigureKind } from '../schemas/vocabulary';

/**
 * How money figures are grouped on /losses/ and in the losses chart: kinds that answer the
 * same question sit together (what users lost or put at stake; what Xiaomi offered; what
 * courts awarded; fines and the legal minimums they are measured against; prices; market
 * value; revenue). The keys appear in shared URLs (/losses/?kind=compensation).
 */
export const MONEY_GROUPS: readonly { key: string; label: string; kinds: readonly FigureKind[] }[] = [
  { key: 'loss', label: '用户损失与涉及金额', kinds: ['user-loss', 'amount-involved'] },
  { key: 'compensation', label: '补偿方案', kinds: ['compensation-offered'] },
  { key: 'award', label: '法院判赔', kinds: ['court-award'] },
  { key: 'fine', label: '罚款与法定标准', kinds: ['fine', 'statutory'] },
  { key: 'price', label: '价格', kinds: ['price'] },
  { key: 'market', label: '市值', kinds: ['market-value'] },
  { key: 'revenue', label: '营收与利润', kinds: ['revenue'] },
  { key: 'other', label: '其他金额', kinds: ['count'] },
];
