import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { siteConfig } from '../site.config';
import { buildDay } from './buildDay';
import { siteSettingsJson } from './siteSettingsJson';
import { sourceFingerprint } from './sourceFingerprint';

/** Every file under `dir`, by its path relative to it, in a fixed order. */
function filesUnder(dir: string, rel = ''): string[] {
  return fs
    .readdirSync(path.join(dir, rel), { withFileTypes: true })
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .flatMap((entry) => {
      const child = rel === '' ? entry.name : `${rel}/${entry.name}`;
      return entry.isDirectory() ? filesUnder(dir, child) : entry.isFile() ? [child] : [];
    });
}

let key: string | undefined;

/**
 * The cacheKey every route gives each of its pages (lib/withCacheKey), for Astro's incremental
 * build (experimental.incrementalBuild): a page whose key and code are those of the last build is
 * copied from that build instead of rendered. Astro hashes each route's own code (its module graph,
 * styles and scripts), the config it knows and the lockfile; this key holds the rest of what a page
 * is made of: every file of the content folder (any page may show any case: the similar cases, the
 * counts, the timelines), the site's settings (lib/siteSettingsJson: SITE_URL, BASE_PATH, not
 * where the content and the cache are), the day (buildDay: the access date the citation box
 * prints), and the code Astro's config hash does not see: astro.config.mjs and all it imports
 * (the Markdown plugins, the integrations), followed by sourceFingerprint from the project's
 * folder, with Node's version. So one changed file renders every page again, as a build without the cache does; a build with nothing changed renders none.
 * Made once per build.
 */
export function pageCacheKey(): string {
  if (key === undefined) {
    const config = path.resolve('astro.config.mjs');
    if (!fs.existsSync(config)) throw new Error(`pageCacheKey: ${config} is not there: a build runs in the project's folder`);
    const hash = createHash('sha256')
      .update(sourceFingerprint([pathToFileURL(config)]))
      .update(siteSettingsJson())
      .update(buildDay());
    const contentDir = path.resolve(siteConfig.contentDir);
    for (const file of filesUnder(contentDir)) {
      const bytes = fs.readFileSync(path.join(contentDir, file));
      hash.update(`${file.length}:${file}\n${bytes.length}:`).update(bytes);
    }
    key = hash.digest('hex');
  }
  return key;
}
