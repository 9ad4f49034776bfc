/**
 * When a whole-site page stops drawing every mark and draws an overview instead. `/timeline/`
 * (and the home page's timeline) draws every event while the site has at most `threshold`
 * events; past it, `/timeline/` draws the counts per period and line of business with the key
 * events named, and each period has a page of its own (`/timeline/2025/`), drawn as the whole
 * timeline used to be. `/losses/` does the same with its figures (`/losses/2025/`). A year that
 * holds more than `threshold` items is split into months (`/timeline/2025-03/`), so a period
 * page stays about the size of the overview's threshold. The real site (136 events, 2026-12-01)
 * is drawn in full: see e2e/budgets.test.ts for the size of that page.
 */
export const OVERVIEW_DEFAULTS = {
  /** Items (events on /timeline/, figures on /losses/) one page may draw in full. */
  threshold: 200,
  /** Key events named on the overview's timeline (the highest ranked, rankKeyEvents). */
  keyEvents: 48,
  /** Largest amounts drawn on the overview of /losses/, per group of money. */
  largestPerGroup: 6,
  /** Latest cases listed on the home page when it shows an overview. */
  latestCases: 12,
} as const;
