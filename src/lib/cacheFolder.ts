import { siteConfig } from '../site.config';

/** The kinds of output a build keeps for the next one, each in a folder of its own under siteConfig.cacheDir. */
export type CacheKind = 'images' | 'twins' | 'search' | 'astro';

/**
 * The folder of the build cache (siteConfig.cacheDir, CACHE_DIR) where outputs of `kind` are kept
 * by content hash: `images` (cards and posters, og/renderPng), `twins` (the Traditional edition's
 * files, editions/buildHantEdition), `search` (each edition's index, integrations/buildSearchIndex),
 * `astro` (Astro's own cacheDir: the last build's pages for its incremental build, lib/pageCacheKey,
 * and the content layer's store, which integrations/previousBuild clears before every build).
 * Empty when the cache is off (CACHE_DIR=''): every step then makes its output anew.
 */
export function cacheFolder(kind: CacheKind): string {
  return siteConfig.cacheDir === '' ? '' : `${siteConfig.cacheDir.replace(/\/+$/, '')}/${kind}`;
}
