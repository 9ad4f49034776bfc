import path from 'node:path';
import sitemap from '@astrojs/sitemap';
import type { AstroIntegration } from 'astro';
import { readMdxFiles } from '../lib/readMdxFiles';

/** Pages that ask not to be indexed (robots noindex): never listed in the sitemap. */
const NOINDEX = [/\/404\/?$/, /\/embed\//];

/**
 * The sitemap (@astrojs/sitemap: /sitemap-index.xml, with the base path), without the pages
 * marked noindex, and with each case file's and story's last update as its lastmod, read from
 * the frontmatter (the content integrity gate has already validated it).
 */
export function siteSitemap(options: { contentDir: string; base: string }): AstroIntegration {
  const updated = new Map<string, string>();
  for (const kind of ['cases', 'stories']) {
    for (const doc of readMdxFiles(path.join(options.contentDir, kind)).documents) {
      if (typeof doc.data['updated'] === 'string') updated.set(`/${kind}/${doc.id}/`, doc.data['updated']);
    }
  }
  return sitemap({
    filter: (page) => !NOINDEX.some((pattern) => pattern.test(new URL(page).pathname)),
    serialize: (item) => {
      const lastmod = updated.get(new URL(item.url).pathname.slice(options.base.length - 1));
      return lastmod ? { ...item, lastmod } : item;
    },
  });
}
