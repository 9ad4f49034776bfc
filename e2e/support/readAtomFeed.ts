import type { Page } from '@playwright/test';

export interface AtomFeedRead {
  id: string;
  title: string;
  updated: string;
  self: string;
  alternate: string;
  entries: { id: string; title: string; href: string; published: string; updated: string; category: string; summary: string }[];
  /** What breaks RFC 4287 (or the site's rules for its feeds): empty for a valid feed. */
  problems: string[];
}

/**
 * Parses an Atom feed with the browser's XML parser (strict: a feed that is not well-formed XML
 * is one problem and nothing else) and checks it against RFC 4287: the Atom namespace; the feed's
 * id, title, updated and author (its own or every entry's); each entry's id, title, updated and
 * alternate link; ids unique; ids and links absolute addresses; dates in RFC 3339, an entry's
 * published no later than its updated. `page` is any page of the browser, used only to parse.
 */
export async function readAtomFeed(page: Page, xml: string): Promise<AtomFeedRead> {
  return page.evaluate((text) => {
    const problems: string[] = [];
    const doc = new DOMParser().parseFromString(text, 'application/xml');
    const empty = { id: '', title: '', updated: '', self: '', alternate: '', entries: [] };
    if (doc.querySelector('parsererror')) return { ...empty, problems: ['not well-formed XML'] };
    const root = doc.documentElement;
    if (root.namespaceURI !== 'http://www.w3.org/2005/Atom' || root.localName !== 'feed') return { ...empty, problems: ['not an Atom feed'] };
    const child = (el: Element, name: string) => [...el.children].filter((c) => c.localName === name);
    const text1 = (el: Element, name: string, where: string, required = true) => {
      const found = child(el, name);
      if (found.length > 1) problems.push(`${where}: more than one <${name}>`);
      const value = found[0]?.textContent?.trim() ?? '';
      if (required && value === '') problems.push(`${where}: no <${name}>`);
      return value;
    };
    const link = (el: Element, rel: string) => child(el, 'link').find((l) => (l.getAttribute('rel') ?? 'alternate') === rel)?.getAttribute('href') ?? '';
    const absolute = (value: string, where: string) => {
      if (!/^https?:\/\/[^/]+\//.test(value)) problems.push(`${where}: not an absolute address: ${value}`);
    };
    const rfc3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;
    const date = (value: string, where: string) => {
      if (value !== '' && (!rfc3339.test(value) || Number.isNaN(Date.parse(value)))) problems.push(`${where}: not an RFC 3339 date: ${value}`);
    };
    const feed = { id: text1(root, 'id', 'feed'), title: text1(root, 'title', 'feed'), updated: text1(root, 'updated', 'feed'), self: link(root, 'self'), alternate: link(root, 'alternate') };
    absolute(feed.id, 'feed id');
    absolute(feed.self, 'feed self link');
    absolute(feed.alternate, 'feed alternate link');
    date(feed.updated, 'feed updated');
    const feedAuthor = child(root, 'author').some((a) => child(a, 'name')[0]?.textContent?.trim());
    const ids = new Set<string>([feed.id]);
    const entries = child(root, 'entry').map((e, i) => {
      const where = `entry ${i + 1}`;
      const entry = {
        id: text1(e, 'id', where),
        title: text1(e, 'title', where),
        href: link(e, 'alternate'),
        published: text1(e, 'published', where, false),
        updated: text1(e, 'updated', where),
        category: child(e, 'category')[0]?.getAttribute('term') ?? '',
        summary: text1(e, 'summary', where, false),
      };
      absolute(entry.id, `${where} id`);
      absolute(entry.href, `${where} link`);
      date(entry.published, `${where} published`);
      date(entry.updated, `${where} updated`);
      if (entry.published && Date.parse(entry.published) > Date.parse(entry.updated)) problems.push(`${where}: published after updated`);
      if (!feedAuthor && !child(e, 'author').length) problems.push(`${where}: no author, and the feed has none`);
      if (ids.has(entry.id)) problems.push(`${where}: id ${entry.id} is not unique`);
      ids.add(entry.id);
      return entry;
    });
    return { ...feed, entries, problems };
  }, xml);
}
