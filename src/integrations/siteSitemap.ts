import sitemap from '@astrojs/sitemap';
import type { AstroIntegration } from 'astro';
import { readValidatedContent } from '../lib/readValidatedContent';

/** Pages that ask not to be indexed (robots noindex): never listed in the sitemap. */
const NOINDEX = [/\/404\/?$/, /\/embed\//];

/**
 * The sitemap (@astrojs/sitemap: /sitemap-index.xml, with the base path), without the pages
 * marked noindex, and with each case file's and story's last update as its lastmod, from the
 * content the content-integrity gate validated (readValidatedContent), read when the sitemap is
 * written.
 */
export function siteSitemap(options: { contentDir: string; base: string }): AstroIntegration {
  let known: Map<string, string> | undefined;
  const updated = () => {
    if (known) return known;
    const { cases, stories } = readValidatedContent(options.contentDir);
    known = new Map([...cases.map((c) => [`/cases/${c.id}/`, c.data.updated] as const), ...stories.map((s) => [`/stories/${s.id}/`, s.data.updated] as const)]);
    return known;
  };
  return sitemap({
    filter: (page) => !NOINDEX.some((pattern) => pattern.test(new URL(page).pathname)),
    serialize: (item) => {
      const lastmod = updated().get(new URL(item.url).pathname.slice(options.base.length - 1));
      return lastmod ? { ...item, lastmod } : item;
    },
  });
}
