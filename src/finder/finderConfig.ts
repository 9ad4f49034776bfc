/**
 * The case finder's conventions, declared once: the page that writes each case's values
 * (pages/cases/index.astro), the address a filtered list is shared by (`/cases/?outcome=ruling&line=汽车`)
 * and the browser code that filters (client/mountCaseFinder.ts) all read them from here.
 */

/** Outcomes a case can have come to, in the order the filter lists them (see lib/deriveCaseFacets.ts). */
export const FINDER_OUTCOMES = { ruling: '判决', penalty: '处罚', recall: '召回', compensation: '补偿或判赔', none: '尚无结果' } as const;
export type FinderOutcome = keyof typeof FINDER_OUTCOMES;

/** Who acted on a case besides Xiaomi: a regulator or a court among its parties. */
export const FINDER_ACTED = { regulator: '监管机构', court: '法院', none: '都没有' } as const;
export type FinderActed = keyof typeof FINDER_ACTED;

/** Whether money came back to consumers: offered by Xiaomi or awarded against it. */
export const FINDER_MONEY = { yes: '有', no: '没有' } as const;

/** The filters, as address parameters, in the order the form shows them. */
export const FINDER_FILTERS = ['line', 'year', 'status', 'outcome', 'money', 'acted'] as const;
export type FinderFilter = (typeof FINDER_FILTERS)[number];

/** Orders of the list: `line` (grouped by line of business, the list without JavaScript) is the default. */
export const FINDER_SORTS = { line: '按业务线分组', date: '按时间，最新在前', money: '按涉及金额，最多在前', response: '按小米回应速度，最快在前' } as const;
export type FinderSort = keyof typeof FINDER_SORTS;

export interface FinderState {
  filters: Partial<Record<FinderFilter, string>>;
  sort: FinderSort;
}

/** The attribute of a case's list item that holds its values for a filter (space-separated) or its rank in an order. */
export const finderAttribute = (key: FinderFilter | `order-${Exclude<FinderSort, 'line'>}`) => `data-finder-${key}` as const;
