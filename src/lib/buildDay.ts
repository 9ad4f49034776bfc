// Made once: toLocaleDateString makes a formatter per call, which every page's citation box paid
// (4.3 s of a 5,000-case build's thread in a CPU profile).
const BEIJING_DAY = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' });

/**
 * The day the site is built, as YYYY-MM-DD in Beijing time: the access date a page's "引用本页"
 * prints before its script puts in the reader's own (components/CiteThis), and so part of every
 * page's cache key (lib/pageCacheKey): a page kept from a build of another day would print that day.
 */
export function buildDay(now: Date = new Date()): string {
  return BEIJING_DAY.format(now);
}
