/** The Wayback Machine's calendar of every capture of an address: this, a star, a slash, then the address. */
const WAYBACK_CALENDAR = 'https://web.archive.org/web/*/';

/**
 * Where a source's address can be looked up in the web archives, for when the page has moved or
 * gone: the Wayback Machine's calendar of captures, and archive.today's list of the captures of
 * that address (`https://archive.ph/<url>`, newest first; `archive.ph/newest/<url>` would jump
 * to the newest alone, and show nothing useful when there is none). Both take the address as
 * written; its fragment, which no server sees, is dropped. Pure.
 */
export function archiveLookups(url: string): { wayback: string; archiveToday: string } {
  const address = url.replace(/#.*$/, '');
  return { wayback: `${WAYBACK_CALENDAR}${address}`, archiveToday: `https://archive.ph/${address}` };
}
