import { dateSortKey, dateText } from '../dates/parseDateText';
import { absoluteUrl } from '../lib/absoluteUrl';
import { correctionAnchors } from '../lib/correctionAnchors';
import type { AtomEntry, AtomFeed } from '../lib/toAtomFeed';
import { siteConfig } from '../site.config';
import { getContentIndex } from './getContentIndex';

let cached: Promise<Map<string, AtomFeed>> | undefined;

/**
 * Every Atom feed of the site, by its site path: `/feed.xml` (every case file and story, and
 * every correction of a case, story or source as an entry of its own), and one per case
 * (`/cases/<id>/feed.xml`: the case file, each of its events, each correction) and per story
 * (`/stories/<id>/feed.xml`: the story, its corrections, and the case files it covers, which
 * change as their cases move on). All are written by lib/toAtomFeed.ts.
 *
 * Dates: a page's entry has the page's publication and update dates; a correction its own day.
 * The content does not record the day an event was added, so an event's entry is dated by the
 * event (a date known only to the month or year by its last day, as the lists sort it), or by
 * the case file's first publication when the event is older than the page: it cannot have
 * reached a reader before the page did.
 */
export function getFeeds(): Promise<Map<string, AtomFeed>> {
  cached ??= build();
  return cached;
}

type Page = { path: string; title: string; corrections: readonly { date: string; text: string }[] };

function correctionEntries(page: Page, kind: string): AtomEntry[] {
  const anchors = correctionAnchors(page.corrections);
  return page.corrections.map((c, i) => {
    const url = absoluteUrl(`${page.path}#${anchors[i]}`);
    return { id: url, url, title: `更正：${page.title}`, summary: c.text, published: c.date, updated: c.date, category: `更正（${kind}）`, author: siteConfig.author };
  });
}

async function build(): Promise<Map<string, AtomFeed>> {
  const { cases, stories, sources, eventsByCase, caseById } = await getContentIndex();
  const feed = (path: string, title: string, subtitle: string, entries: AtomEntry[], page = path): [string, AtomFeed] => [
    `${page}feed.xml`,
    { title, subtitle, siteUrl: absoluteUrl(page), id: absoluteUrl(`${page}feed.xml`), selfUrl: absoluteUrl(`${page}feed.xml`), language: siteConfig.language, author: siteConfig.author, entries },
  ];
  const caseEntry = (c: (typeof cases)[number]): AtomEntry => ({ url: absoluteUrl(`/cases/${c.id}/`), title: c.data.title, summary: c.data.summary, published: c.data.published, updated: c.data.updated, category: '案件', author: siteConfig.author });
  const storyEntry = (s: (typeof stories)[number]): AtomEntry => ({ url: absoluteUrl(`/stories/${s.id}/`), title: s.data.title, summary: s.data.dek, published: s.data.published, updated: s.data.updated, category: '专题', author: s.data.author });
  const casePage = (c: (typeof cases)[number]): Page => ({ path: `/cases/${c.id}/`, title: c.data.title, corrections: c.data.corrections });
  const storyPage = (s: (typeof stories)[number]): Page => ({ path: `/stories/${s.id}/`, title: s.data.title, corrections: s.data.corrections });
  const site: [string, AtomFeed] = [
    '/feed.xml',
    {
      title: siteConfig.name,
      subtitle: siteConfig.tagline,
      siteUrl: absoluteUrl('/'),
      selfUrl: absoluteUrl('/feed.xml'),
      language: siteConfig.language,
      author: siteConfig.author,
      entries: [
        ...cases.map(caseEntry),
        ...stories.map(storyEntry),
        ...cases.flatMap((c) => correctionEntries(casePage(c), '案件')),
        ...stories.flatMap((s) => correctionEntries(storyPage(s), '专题')),
        ...sources.flatMap((s) => correctionEntries({ path: `/sources/${s.id}/`, title: s.data.title, corrections: s.data.corrections }, '来源')),
      ],
    },
  ];
  return new Map([
    site,
    ...cases.map((c) => {
      const path = `/cases/${c.id}/`;
      const events = (eventsByCase.get(c.id) ?? []).map((e): AtomEntry => {
        const day = dateText(dateSortKey(e.when));
        const shown = day > c.data.published ? day : c.data.published;
        const url = absoluteUrl(`${path}#${e.id}`);
        return { id: url, url, title: e.data.title, summary: e.data.summary ?? e.data.title, published: shown, updated: shown, category: '事件', author: siteConfig.author };
      });
      return feed(path, `${c.data.title}｜${siteConfig.name}`, `本案的新事件、案件档案的更新与更正`, [caseEntry(c), ...events, ...correctionEntries(casePage(c), '案件')]);
    }),
    ...stories.map((s) => {
      const path = `/stories/${s.id}/`;
      const covered = s.data.cases.map((ref) => caseById.get(ref.id)).filter((c) => c !== undefined);
      return feed(path, `${s.data.title}｜${siteConfig.name}`, `本专题的更新与更正，及其涉及案件档案的更新`, [storyEntry(s), ...correctionEntries(storyPage(s), '专题'), ...covered.map(caseEntry)]);
    }),
  ]);
}
