import sitemap from '@astrojs/sitemap';
import type { AstroIntegration } from 'astro';
import { EDITIONS, HANT_PREFIX, HANT_ROOT } from '../editions/editions';
import { twinPath } from '../editions/twinPath';
import { readValidatedContent } from '../lib/readValidatedContent';

/** Pages that ask not to be indexed (robots noindex): never listed in the sitemap. */
const NOINDEX = [/\/404\/?$/, /\/embed\//];

/**
 * The sitemap (@astrojs/sitemap: /sitemap-index.xml, with the base path), without the pages
 * marked noindex, listing both editions: every page and its Traditional twin (written after the
 * pages, so added here from the list of pages), each with both as `xhtml:link` alternates
 * (zh-Hans, zh-Hant); and with each case file's and story's last update as its lastmod, in both
 * editions, from the content the content-integrity gate validated (readValidatedContent), read
 * when the sitemap is written.
 */
export function siteSitemap(options: { contentDir: string; base: string }): AstroIntegration {
  let known: Map<string, string> | undefined;
  const updated = () => {
    if (known) return known;
    const { cases, stories } = readValidatedContent(options.contentDir);
    known = new Map([...cases.map((c) => [`/cases/${c.id}/`, c.data.updated] as const), ...stories.map((s) => [`/stories/${s.id}/`, s.data.updated] as const)]);
    return known;
  };
  const twins: string[] = [];
  const inner = sitemap({
    customPages: twins,
    i18n: { defaultLocale: 'hans', locales: { hans: EDITIONS.hans.hreflang, [HANT_PREFIX.slice(0, -1)]: EDITIONS.hant.hreflang } },
    filter: (page) => !NOINDEX.some((pattern) => pattern.test(new URL(page).pathname)),
    serialize: (item) => {
      const sitePath = new URL(item.url).pathname.slice(options.base.length - 1);
      const lastmod = updated().get(sitePath.startsWith(HANT_ROOT) ? twinPath(sitePath) : sitePath);
      return lastmod ? { ...item, lastmod } : item;
    },
  });
  let site = '';
  return {
    ...inner,
    hooks: {
      ...inner.hooks,
      'astro:config:done': async (params) => {
        site = params.config.site ?? '';
        await inner.hooks['astro:config:done']?.(params);
      },
      'astro:build:done': async (params) => {
        // Every page has its twin (the edition's own test checks it): list them beside the pages.
        twins.length = 0;
        for (const page of params.pages) {
          if (page.pathname.startsWith(HANT_PREFIX)) continue;
          twins.push(new URL(`${options.base}${HANT_PREFIX}${page.pathname.replace(/^\//, '')}`, site).href);
        }
        await inner.hooks['astro:build:done']?.(params);
      },
    },
  };
}
