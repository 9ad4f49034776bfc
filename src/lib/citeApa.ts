import { parseDateText } from '../dates/parseDateText';
import type { CitedPage } from './citeGbt7714';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/**
 * A page in APA 7 (webpage on a website, group author):
 * Author. (Year, Month Day). Title. Site Name. URL
 * The date is the page's last update, as APA asks; no retrieval date, since every version of
 * a page carries its update date and its corrections. A title that ends in its own
 * punctuation (？！) takes no added full stop.
 */
export function citeApa(page: CitedPage): string {
  const date = parseDateText(page.updated);
  if (typeof date === 'string' || date.precision !== 'day') throw new Error(`citeApa: updated must be YYYY-MM-DD, got "${page.updated}"`);
  const { year, month = 1, day } = date;
  const title = /[.。？！?!]$/.test(page.title) ? page.title : `${page.title}.`;
  return `${page.author}. (${year}, ${MONTHS[month - 1]} ${day}). ${title} ${page.siteName}. ${page.url}`;
}
