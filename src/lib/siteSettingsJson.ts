import { siteConfig } from '../site.config';

/**
 * The site's settings that decide what its pages and images show, as JSON, for the build cache's
 * keys (lib/pageCacheKey, og/imageTreeKey): its name, address, base path, language and byline;
 * not where the content and the cache are kept (CONTENT_DIR, CACHE_DIR). The content itself is
 * hashed by its files' relative paths and bytes, so the same content in another folder, or the
 * cache moved, makes the same pages and images: before, either change drew all 20,200 images of a
 * 5,000-case site again (the scale tests' content lives in a new temporary folder each time).
 */
export function siteSettingsJson(config: typeof siteConfig = siteConfig): string {
  const { contentDir: _contentDir, cacheDir: _cacheDir, ...shown } = config;
  return JSON.stringify(shown);
}
