/**
 * The one place that says where the site lives. Everything that needs an absolute address
 * (canonical links, social cards, feeds, the sitemap, citations) reads it from here.
 *
 * SITE_URL  the public origin, e.g. https://xinren.example.org (no trailing slash)
 * BASE_PATH the folder the site is served from, e.g. /xinren/ for GitHub Pages project sites
 * CONTENT_DIR where the content lives (tests and benchmarks point it at fixtures)
 * CACHE_DIR  where a build keeps what it made, by content hash, for the next one (empty: no cache)
 */
const env = typeof process === 'undefined' ? {} : process.env;

function normaliseBase(raw: string | undefined): string {
  const trimmed = (raw ?? '/').trim().replace(/^\/+|\/+$/g, '');
  return trimmed === '' ? '/' : `/${trimmed}/`;
}

export const siteConfig = {
  name: '信任账本',
  tagline: '小米消费者信任事件档案（2015—2026）',
  url: (env['SITE_URL'] ?? 'https://xinren-zhangben.example').replace(/\/+$/, ''),
  base: normaliseBase(env['BASE_PATH']),
  contentDir: env['CONTENT_DIR'] ?? 'content',
  /**
   * What a build made, kept by content hash for the next one (see lib/cacheFolder): rendered cards
   * and posters, the Traditional twins, the search indexes; '' turns every cache off.
   */
  cacheDir: env['CACHE_DIR'] ?? 'node_modules/.cache/xinren',
  language: 'zh-CN',
  /** The byline of the case files (and of stories that name no one else). */
  author: '信任账本编辑部',
} as const;
