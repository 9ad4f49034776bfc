import { EVENT_KINDS } from '../schemas/vocabulary';
import type { ResponseTime } from './deriveResponseTimes';
import { formatDayRange } from './formatDayRange';

/** A week, in days: a response within it counts as fast in the summary (and for similar cases). */
export const FAST = 7;
/** A month, in days: a response or outcome after it counts as slow. */
export const SLOW = 30;

/**
 * The response-time chart's summary, written from the rows (in chart order): how many cases
 * were answered within a week of the problem becoming public and which took more than a month,
 * which were answered before it was public, where no response was found, and what outcomes
 * came and how fast. `title` names a case.
 */
export function summariseResponseTimes(rows: readonly ResponseTime[], title: (caseId: string) => string): string {
  const named = (list: readonly ResponseTime[], days?: (r: ResponseTime) => string) =>
    list.map((r) => (days ? `${title(r.caseId)}（${days(r)}）` : title(r.caseId))).join('、');
  const timed = rows.filter((r) => r.response?.days);
  const fast = timed.filter((r) => (r.response?.days?.max ?? Infinity) <= FAST);
  const slow = timed.filter((r) => (r.response?.days?.min ?? 0) > SLOW);
  const before = rows.filter((r) => r.response?.beforeStart !== undefined);
  const undated = rows.filter((r) => r.responseStatus === 'undated' || (r.responseStatus === 'responded' && !r.response?.days && r.response?.beforeStart === undefined));
  const none = rows.filter((r) => r.responseStatus === 'none');
  const outcomes = rows.filter((r) => r.outcome);
  const responseDays = (r: ResponseTime) => (r.response?.days ? formatDayRange(r.response.days) : '');
  const outcomeDays = (r: ResponseTime) => {
    const outcome = r.outcome;
    if (!outcome) return '';
    const when = outcome.days ? formatDayRange(outcome.days) : outcome.beforeStart !== undefined ? '早于问题公开' : '天数不详';
    return `${EVENT_KINDS[outcome.kind]}，${when}`;
  };

  const parts = [`从问题首次公开（最早的公开投诉、报道或事件）算起，${rows.length}个案件中，${timed.length}个可以算出小米首次回应用了多少天`];
  if (fast.length) parts.push(`其中${fast.length}个在一周之内：${named(fast, responseDays)}`);
  if (slow.length) parts.push(`超过一个月的有${slow.length}个：${named(slow, responseDays)}`);
  if (before.length) parts.push(`${before.length}个案件的回应早于问题公开：${named(before)}`);
  if (undated.length) parts.push(`${undated.length}个案件有回应但日期不详：${named(undated)}`);
  parts.push(none.length ? `未找到小米回应的有${none.length}个：${named(none)}` : '每个案件都有小米回应的记录');
  parts.push(
    outcomes.length
      ? `${outcomes.length}个案件有了判决、处罚或召回：${named(outcomes, outcomeDays)}；其余${rows.length - outcomes.length}个尚无`
      : '尚无案件有判决、处罚或召回的记录',
  );
  return `${parts.join('。')}。只知道月份或年份的日期给出天数范围。`;
}
