import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { HANT_PREFIX } from '../editions/editions';
import { getHantConverter } from '../editions/getHantConverter';
import { readValidatedContent } from '../lib/readValidatedContent';
import { buildSearchIndex, type SearchIndexSummary } from './buildSearchIndex';

/**
 * Builds the search indexes over the finished site, as the last step of `astro build` (see
 * buildSearchIndex): one per edition, each a Pagefind bundle of its own with its lexicon, so that
 * each edition's pages search only its own index. The Simplified pages' lands in dist/pagefind/,
 * the Traditional pages' in dist/zh-hant/pagefind/ (the pages' `data-base` leads the search there),
 * with the synonyms table of `contentDir` converted and the lexicon folding queries into
 * Traditional.
 */
export function pagefindIndex(options: { contentDir: string }): AstroIntegration {
  return {
    name: 'pagefind-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        // The synonyms table as the content-integrity gate validated it before the build began.
        const { synonyms } = readValidatedContent(options.contentDir);
        const groups = synonyms.map((g) => g.data.words);
        const siteDir = fileURLToPath(dir);
        const hantDir = path.join(siteDir, HANT_PREFIX);
        const report = (name: string, summary: SearchIndexSummary) =>
          logger.info(
            `search index (${name}): ${summary.pages} pages; lexicon: ${summary.lexicon.words} words, ${summary.lexicon.synonymGroups} synonym groups, ${summary.lexicon.t2sPairs} characters folded (${summary.lexicon.bytes} bytes)`,
          );
        report('zh-Hans', await buildSearchIndex(siteDir, { synonyms: groups, skip: [hantDir.replace(/\/$/, '')] }));
        const { convert } = getHantConverter(options.contentDir);
        report('zh-Hant', await buildSearchIndex(hantDir, { synonyms: groups.map((g) => g.map(convert)), script: 'hant' }));
      },
    },
  };
}
