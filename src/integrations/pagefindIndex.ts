import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { buildSearchIndex } from './buildSearchIndex';

/**
 * Builds the search index over the finished site, as the last step of `astro build` (see
 * buildSearchIndex): Pagefind's bundle and the search lexicon land in dist/pagefind/.
 */
export function pagefindIndex(): AstroIntegration {
  return {
    name: 'pagefind-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const summary = await buildSearchIndex(fileURLToPath(dir));
        logger.info(
          `search index: ${summary.pages} pages; lexicon: ${summary.lexicon.words} words, ${summary.lexicon.t2sPairs} Traditional characters (${summary.lexicon.bytes} bytes)`,
        );
      },
    },
  };
}
