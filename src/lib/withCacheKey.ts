import { pageCacheKey } from './pageCacheKey';

/**
 * A route's paths, each with the cacheKey of lib/pageCacheKey, so that Astro's incremental build
 * can copy the page from the last build when nothing it is made of changed. Every getStaticPaths
 * returns its paths through this; a path without a key is rendered every time.
 */
export function withCacheKey<T extends object>(paths: readonly T[]): (T & { cacheKey: string })[] {
  const cacheKey = pageCacheKey();
  return paths.map((item) => ({ ...item, cacheKey }));
}
