import type { APIRequestContext } from '@playwright/test';

const base = (process.env['BASE_PATH'] ?? '/').replace(/^\/*/, '/').replace(/\/*$/, '/');

/** A public address (from the sitemap, the feed, a canonical link) as a path for page.goto(). */
export function toSitePath(url: string): string {
  const { pathname, search, hash } = new URL(url);
  if (!pathname.startsWith(base)) throw new Error(`${url} is not under the base path ${base}`);
  return `${pathname.slice(base.length)}${search}${hash}`;
}

/** Every page the sitemap lists, as paths relative to the site's base ('' is the home page). */
export async function sitePaths(request: APIRequestContext): Promise<string[]> {
  const locs = async (path: string) => {
    const response = await request.get(path);
    if (!response.ok()) throw new Error(`${path}: HTTP ${response.status()}`);
    return [...(await response.text()).matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1] ?? '');
  };
  const maps = await locs('sitemap-index.xml');
  const pages = (await Promise.all(maps.map((map) => locs(toSitePath(map))))).flat();
  return pages.map(toSitePath);
}
