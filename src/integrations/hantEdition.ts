import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { buildHantEdition } from '../editions/buildHantEdition';
import { getHantConverter } from '../editions/getHantConverter';

/**
 * The Traditional edition (/zh-hant/), written from the finished Simplified site at the end of
 * the build, before the sitemap, the search index and the headers are made (they cover both
 * editions): see editions/buildHantEdition. Astro renders every page once; the twins cost a
 * conversion of text, not a second rendering.
 */
export function hantEdition(options: { contentDir: string }): AstroIntegration {
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
        const { convert } = getHantConverter(options.contentDir);
        const summary = buildHantEdition(fileURLToPath(dir), { convert, origin, base });
        logger.info(
          `Traditional edition: ${summary.pages} pages and ${summary.files - summary.pages} other files converted (${(summary.bytes / 1e6).toFixed(1)} MB), ${summary.shared} files shared, in ${((performance.now() - started) / 1000).toFixed(1)} s`,
        );
      },
    },
  };
}
