import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { readValidatedContent } from '../lib/readValidatedContent';
import { buildSearchIndex } from './buildSearchIndex';

/**
 * Builds the search index over the finished site, as the last step of `astro build` (see
 * buildSearchIndex): Pagefind's bundle and the search lexicon, with the synonyms table of
 * `contentDir`, land in dist/pagefind/.
 */
export function pagefindIndex(options: { contentDir: string }): AstroIntegration {
  return {
    name: 'pagefind-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        // The synonyms table as the content-integrity gate validated it before the build began.
        const { synonyms } = readValidatedContent(options.contentDir);
        const summary = await buildSearchIndex(fileURLToPath(dir), { synonyms: synonyms.map((g) => g.data.words) });
        logger.info(
          `search index: ${summary.pages} pages; lexicon: ${summary.lexicon.words} words, ${summary.lexicon.synonymGroups} synonym groups, ${summary.lexicon.t2sPairs} Traditional characters (${summary.lexicon.bytes} bytes)`,
        );
      },
    },
  };
}
