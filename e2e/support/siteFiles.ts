import fs from 'node:fs';
import path from 'node:path';

export const DIST = path.resolve('dist');

/** Every HTML page of the built site, as its URL path (with the base path) and its file. */
export function sitePages(base: string): { url: string; file: string }[] {
  return fs
    .readdirSync(DIST, { recursive: true })
    .map(String)
    .filter((file) => file.endsWith('.html') && !file.startsWith('pagefind'))
    .map((file) => ({
      url: `${base}${file.replace(/(^|\/)index\.html$/, '$1')}`.replace(/\/+/g, '/'),
      file: path.join(DIST, file),
    }))
    .sort((a, b) => a.url.localeCompare(b.url));
}

/**
 * The pages the sitemap lists (as paths below the base path, '' for the home page), read from the
 * built sitemap files, plus the pages a sitemap leaves out on purpose but readers still reach:
 * the chart embeds and the 404 page.
 */
export function sitemapPages(base: string): string[] {
  const locs = (file: string) =>
    [...fs.readFileSync(path.join(DIST, file), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1] ?? '').pathname);
  const maps = locs('sitemap-index.xml').map((p) => p.slice(base.length));
  const listed = maps.flatMap((map) => locs(map)).map((p) => p.slice(base.length));
  const unlisted = sitePages(base)
    .map((page) => page.url.slice(base.length))
    .filter((p) => p.startsWith('embed/') || p === '404.html');
  return [...new Set([...listed, ...unlisted])].sort();
}
