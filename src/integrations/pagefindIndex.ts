import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { formatProblem } from '../lib/contentProblem';
import { loadSynonymTable } from '../lib/loadSynonymTable';
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
        // Checked before the build began (contentIntegrity); read again here through the same validation.
        const { groups, problems } = loadSynonymTable(options.contentDir);
        if (problems.length > 0) throw new Error(`The synonyms table has problems:\n${problems.map((p) => `  - ${formatProblem(p)}`).join('\n')}`);
        const summary = await buildSearchIndex(fileURLToPath(dir), { synonyms: groups.map((g) => g.data.words) });
        logger.info(
          `search index: ${summary.pages} pages; lexicon: ${summary.lexicon.words} words, ${summary.lexicon.synonymGroups} synonym groups, ${summary.lexicon.t2sPairs} Traditional characters (${summary.lexicon.bytes} bytes)`,
        );
      },
    },
  };
}
