import { absoluteUrl } from '../lib/absoluteUrl';
import type { CitationRecord } from '../lib/citationRecord';
import { formatDate } from '../lib/formatDate';
import type { SourceKind } from '../schemas/vocabulary';
import { siteConfig } from '../site.config';
import { getContentIndex } from './getContentIndex';

const SOURCE_TYPES: Record<SourceKind, CitationRecord['type']> = {
  report: 'article-newspaper',
  commentary: 'article-newspaper',
  repost: 'article-newspaper',
  'court-document': 'legal_case',
  'company-statement': 'document',
  'regulatory-document': 'document',
};

let cached: Promise<Map<string, CitationRecord>> | undefined;

/**
 * What the citation files of every case, story and source say, by the page's site path
 * (/cases/<slug>/): a case or story is cited as the site's web page, dated by its last update
 * (the version a reader cites, as the page's GB/T 7714 and APA citations are), its first
 * publication in the note; a source as the document it is (its outlet, author, date and
 * original address), with its record on this site in the note.
 */
export function getCitationRecords(): Promise<Map<string, CitationRecord>> {
  cached ??= build();
  return cached;
}

async function build(): Promise<Map<string, CitationRecord>> {
  const index = await getContentIndex();
  const revised = (published: string, updated: string) => `首次发布：${formatDate(published)}；最后更新：${formatDate(updated)}。`;
  const page = (path: string, over: Omit<CitationRecord, 'type' | 'container' | 'publisher' | 'url' | 'language'>): [string, CitationRecord] => [
    path,
    { type: 'webpage', container: siteConfig.name, publisher: siteConfig.name, url: absoluteUrl(path), language: siteConfig.language, ...over },
  ];
  return new Map([
    ...index.cases.map((c) =>
      page(`/cases/${c.id}/`, { id: `xinren-case-${c.id}`, title: c.data.title, authors: [siteConfig.author], issued: c.data.updated, abstract: c.data.summary, keywords: c.data.keywords, note: revised(c.data.published, c.data.updated) }),
    ),
    ...index.stories.map((s) =>
      page(`/stories/${s.id}/`, { id: `xinren-story-${s.id}`, title: s.data.title, authors: [s.data.author], issued: s.data.updated, abstract: s.data.dek, keywords: s.data.keywords, note: revised(s.data.published, s.data.updated) }),
    ),
    ...index.sources.map((s): [string, CitationRecord] => [
      `/sources/${s.id}/`,
      {
        id: `xinren-source-${s.id}`,
        type: SOURCE_TYPES[s.data.kind],
        title: s.data.title,
        authors: s.data.author ? [s.data.author] : [],
        container: s.data.outlet,
        issued: s.data.published,
        url: s.data.url,
        language: s.data.language,
        note: `${siteConfig.name}来源档案：${absoluteUrl(`/sources/${s.id}/`)}`,
      },
    ]),
  ]);
}
