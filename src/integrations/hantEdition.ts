import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { buildHantEdition } from '../editions/buildHantEdition';
import { getHantConverter } from '../editions/getHantConverter';
import { sourceFingerprint } from '../lib/sourceFingerprint';

/**
 * The Traditional edition (/zh-hant/), written from the finished Simplified site at the end of
 * the build, before the sitemap, the search index and the headers are made (they cover both
 * editions): see editions/buildHantEdition. Astro renders every page once; the twins cost a
 * conversion of text, not a second rendering. With `cacheDir` (lib/cacheFolder('twins')), twins
 * whose Simplified file, converter and code did not change since an earlier build are copied back
 * from there: the cache key holds this module's code and everything it imports (sourceFingerprint)
 * and the converter's content (the exceptions table, the titles kept verbatim).
 */
export function hantEdition(options: { contentDir: string; cacheDir?: string | undefined }): AstroIntegration {
  let origin = '';
  let base = '/';
  return {
    name: 'hant-edition',
    hooks: {
      'astro:config:done': ({ config }) => {
        origin = (config.site ?? '').replace(/\/+$/, '');
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': ({ dir, logger }) => {
        const started = performance.now();
        const converter = getHantConverter(options.contentDir);
        const cache = options.cacheDir
          ? { dir: options.cacheDir, key: createHash('sha256').update(sourceFingerprint([new URL(import.meta.url)])).update(converter.key).digest('hex') }
          : undefined;
        const summary = buildHantEdition(fileURLToPath(dir), { convert: converter.convert, origin, base }, cache);
        logger.info(
          `Traditional edition: ${summary.pages} pages and ${summary.files - summary.pages} other files (${(summary.bytes / 1e6).toFixed(1)} MB, ${summary.cached} of them from the cache), ${summary.shared} files shared, in ${((performance.now() - started) / 1000).toFixed(1)} s`,
        );
      },
    },
  };
}
