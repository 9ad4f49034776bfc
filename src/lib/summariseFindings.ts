import { formatQuantity } from './formatQuantity';
import type { CaseStatus, Unit } from '../schemas/vocabulary';

/** A response-time row as the response clock gives it (src/lib/deriveResponseTimes). */
export interface FindingsResponse {
  caseId: string;
  responseStatus: 'responded' | 'undated' | 'none';
  response?: { days?: { min: number; max: number } | undefined; beforeStart?: string | undefined } | undefined;
  outcome?: { kind: string } | undefined;
}

export interface FindingsInput {
  cases: readonly { id: string; title: string; status: CaseStatus }[];
  events: number;
  sources: number;
  /** The years the events span. */
  years: readonly [number, number];
  /** Money figures of users' losses and the amounts involved (the losses chart's first group), in one currency: sums are never compared across currencies. */
  money: readonly { value: number; unit: Unit; approx: boolean; label: string; caseId: string }[];
  responses: readonly FindingsResponse[];
}

export interface Finding {
  key: 'cases' | 'money' | 'response' | 'outcome' | 'open';
  /** The number, as large type. */
  value: string;
  /** What it counts, in a sentence's words. */
  caption: string;
}

export interface Findings {
  /** Two or three sentences: what the site found. */
  lead: string;
  figures: Finding[];
}

/** Statuses of a case that is not over: still going on, nothing public since, or no answer. */
const OPEN: readonly CaseStatus[] = ['进行中', '无公开进展', '未回应'];
/** A week, in days: a first response within it counts as fast. */
const WEEK = 7;

/**
 * What the site found, computed from its data, for the first screen of the home page: how many
 * cases and events; the largest sum of money at stake; how fast Xiaomi first answered once a
 * problem was public (the median of the upper bounds of the days, so "within N days" holds for
 * half of the cases with a date); how many cases came to a ruling, a penalty or a recall; how
 * many are still open. Pure: every number is derived, none is written by hand.
 */
export function summariseFindings(input: FindingsInput): Findings {
  const title = new Map(input.cases.map((c) => [c.id, c.title]));
  const cases = input.cases.length;
  const largest = [...input.money].sort((a, b) => b.value - a.value)[0];
  const timed = input.responses.filter((r) => r.response?.days).map((r) => r.response?.days?.max ?? 0);
  const before = input.responses.filter((r) => r.response?.beforeStart !== undefined).length;
  const fast = timed.filter((days) => days <= WEEK).length + before;
  const none = input.responses.filter((r) => r.responseStatus === 'none').length;
  // A response before the problem was public counts as answered at once.
  const sorted = [...timed, ...Array.from({ length: before }, () => 0)].sort((a, b) => a - b);
  const median = sorted.length ? Math.max(0, sorted[Math.ceil(sorted.length / 2) - 1] ?? 0) : undefined;
  const outcomes = input.responses.filter((r) => r.outcome).length;
  const open = input.cases.filter((c) => OPEN.includes(c.status)).length;

  const [from, to] = input.years;
  const lead = [
    `信任账本逐案核对了小米${from}年至${to}年的${cases}起消费者信任事件，记录了${input.events}个有日期的事件、${input.sources}份来源。`,
    median !== undefined
      ? `从问题公开算起，能算出天数的${timed.length + before}个案件中，小米在一周之内首次回应的有${fast}个${none ? `，找不到任何回应的另有${none}个` : ''}。`
      : '',
    `${outcomes}个案件有了判决、处罚或召回；${open}个至今仍在进行，或此后再无公开进展。`,
  ].join('');

  const figures: Finding[] = [{ key: 'cases', value: `${cases}起`, caption: `案件，${input.events}个事件、${input.sources}份来源` }];
  if (largest) {
    figures.push({
      key: 'money',
      value: formatQuantity(largest.value, largest.unit, { approx: largest.approx }),
      caption: `用户损失与涉及金额中最大的一笔：${largest.label}（${title.get(largest.caseId) ?? largest.caseId}）`,
    });
  }
  if (median !== undefined) figures.push({ key: 'response', value: median === 0 ? '当天' : `${median}天内`, caption: '能算出天数的案件中，半数在问题公开后这么快得到小米的首次回应' });
  figures.push({ key: 'outcome', value: `${outcomes}个`, caption: '案件有了判决、处罚或召回' });
  figures.push({ key: 'open', value: `${open}个`, caption: '案件仍在进行，或再无公开进展' });
  return { lead, figures };
}
