export interface AtomEntry {
  /** The entry's permanent id, an absolute address; the page's address (`url`) when left out. */
  id?: string;
  /** Absolute address of the page or the part of it (an event, a correction) the entry is about. */
  url: string;
  title: string;
  summary: string;
  /** YYYY-MM-DD. */
  published: string;
  updated: string;
  /** 案件 or 专题, and the like. */
  category: string;
  author: string;
}

export interface AtomFeed {
  title: string;
  subtitle: string;
  /** Absolute address of the page the feed follows (the site, a case, a story): its alternate link. */
  siteUrl: string;
  /** The feed's permanent id, an absolute address; `siteUrl` when left out. */
  id?: string;
  /** Absolute address of the feed itself. */
  selfUrl: string;
  language: string;
  author: string;
  entries: readonly AtomEntry[];
}

const escapeXml = (text: string) =>
  text.replace(/[<>&'"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' })[c] ?? c);

/** A day as an RFC 3339 timestamp: the start of that day in Beijing time. */
const timestamp = (day: string) => `${day}T00:00:00+08:00`;

/**
 * An Atom 1.0 feed (RFC 4287). Atom, not RSS 2.0, because each entry carries both its
 * publication and its last-update date: readers learn when a case file changes, not only when
 * it first appeared. Entries are sorted newest update first; the feed's own date is the newest.
 */
export function toAtomFeed(feed: AtomFeed): string {
  const entries = [...feed.entries].sort((a, b) => b.updated.localeCompare(a.updated) || (a.id ?? a.url).localeCompare(b.id ?? b.url));
  const newest = entries[0]?.updated ?? '1970-01-01';
  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${escapeXml(feed.language)}">`,
    `  <title>${escapeXml(feed.title)}</title>`,
    `  <subtitle>${escapeXml(feed.subtitle)}</subtitle>`,
    `  <id>${escapeXml(feed.id ?? feed.siteUrl)}</id>`,
    `  <link rel="alternate" type="text/html" href="${escapeXml(feed.siteUrl)}"/>`,
    `  <link rel="self" type="application/atom+xml" href="${escapeXml(feed.selfUrl)}"/>`,
    `  <updated>${timestamp(newest)}</updated>`,
    `  <author><name>${escapeXml(feed.author)}</name></author>`,
    ...entries.flatMap((entry) => [
      '  <entry>',
      `    <id>${escapeXml(entry.id ?? entry.url)}</id>`,
      `    <title>${escapeXml(entry.title)}</title>`,
      `    <link rel="alternate" type="text/html" href="${escapeXml(entry.url)}"/>`,
      `    <published>${timestamp(entry.published)}</published>`,
      `    <updated>${timestamp(entry.updated)}</updated>`,
      `    <author><name>${escapeXml(entry.author)}</name></author>`,
      `    <category term="${escapeXml(entry.category)}"/>`,
      `    <summary>${escapeXml(entry.summary)}</summary>`,
      '  </entry>',
    ]),
    '</feed>',
  ];
  return `${lines.join('\n')}\n`;
}
