import { EVENT_KINDS } from '../schemas/vocabulary';
import type { Milestone, ResponseTime } from './deriveResponseTimes';
import { formatDayRange } from './formatDayRange';

/** "公开后3天", "公开当天", "公开后0至8天（日期只知月份或年份）", "问题公开之前（…）". */
function when(m: Milestone): string {
  if (m.beforeStart !== undefined) return `问题公开之前（${m.beforeStart}）`;
  if (!m.days) return '天数不详';
  const text = formatDayRange(m.days);
  const after = text === '当天' ? '公开当天' : `公开后${text}`;
  return m.days.min === m.days.max ? after : `${after}（日期只知月份或年份）`;
}

/**
 * A case's response clock in words, as the response-time chart and the share posters say it:
 * Xiaomi's first response ("小米回应：公开后3天", "未找到小米的回应") and the first outcome
 * ("裁判：公开后198天", "尚无判决、处罚或召回"), both counted from when the problem became public.
 */
export function describeResponseClock(r: ResponseTime): { response: string; outcome: string } {
  const response =
    r.responseStatus === 'none' ? '未找到小米的回应'
    : r.responseStatus === 'undated' || !r.response ? '小米有回应，日期不详'
    : `小米回应：${when(r.response)}`;
  const outcome =
    r.outcome ? `${EVENT_KINDS[r.outcome.kind]}：${when(r.outcome)}`
    : r.outcomeStatus === 'undated' ? '已有结果，日期不详'
    : r.outcomeStatus === 'settled' ? '已了结，没有判决、处罚或召回'
    : '尚无判决、处罚或召回';
  return { response, outcome };
}
