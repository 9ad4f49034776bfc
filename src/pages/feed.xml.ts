import type { APIRoute } from 'astro';
import { getContentIndex } from '../data/getContentIndex';
import { absoluteUrl } from '../lib/absoluteUrl';
import { toAtomFeed } from '../lib/toAtomFeed';
import { siteConfig } from '../site.config';

/** /feed.xml: every case file and story, newest update first, with both of its dates. */
export const GET: APIRoute = async () => {
  const { cases, stories } = await getContentIndex();
  const xml = toAtomFeed({
    title: siteConfig.name,
    subtitle: siteConfig.tagline,
    siteUrl: absoluteUrl('/'),
    selfUrl: absoluteUrl('/feed.xml'),
    language: siteConfig.language,
    author: siteConfig.author,
    entries: [
      ...cases.map((c) => ({ url: absoluteUrl(`/cases/${c.id}/`), title: c.data.title, summary: c.data.summary, published: c.data.published, updated: c.data.updated, category: '案件', author: siteConfig.author })),
      ...stories.map((s) => ({ url: absoluteUrl(`/stories/${s.id}/`), title: s.data.title, summary: s.data.dek, published: s.data.published, updated: s.data.updated, category: '专题', author: s.data.author })),
    ],
  });
  return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
