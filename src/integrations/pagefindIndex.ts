import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { HANT_PREFIX } from '../editions/editions';
import { getHantConverter } from '../editions/getHantConverter';
import { readValidatedContent } from '../lib/readValidatedContent';
import { runInWorker } from '../lib/runInWorker';
import type { buildSearchIndex, SearchIndexSummary } from './buildSearchIndex';

/** buildSearchIndex's module, which each edition's index runs in a worker of its own. */
const INDEXER = new URL('./buildSearchIndex.ts', import.meta.url);

/**
 * Builds the search indexes over the finished site, as the last steps of `astro build` (see
 * buildSearchIndex): one per edition, each a Pagefind bundle of its own with its lexicon, so that
 * each edition's pages search only its own index. The Simplified pages' lands in dist/pagefind/,
 * the Traditional pages' in dist/zh-hant/pagefind/ (the pages' `data-base` leads the search there),
 * with the synonyms table of `contentDir` converted and the lexicon folding queries into
 * Traditional.
 *
 * Two integrations, placed around the Traditional edition's (astro.config.mjs): `simplified`
 * starts the Simplified index in a worker as soon as the pages are written and returns, so that
 * it runs on the second core while the Traditional edition is converted; `traditional` indexes
 * the Traditional pages, in a worker too, once they exist, and waits for both. At 5,000 cases the
 * two, one after the other on the build's thread, took 100 s and grew its heap by 1.5 GB.
 * With `cacheDir` (lib/cacheFolder('search')), each edition's last index is kept in a folder of
 * its own there (`hans/`, `hant/`) and copied back when nothing it is made from changed.
 */
export function pagefindIndex(options: { contentDir: string; cacheDir?: string | undefined }): { simplified: AstroIntegration; traditional: AstroIntegration } {
  let simplified: Promise<SearchIndexSummary> | undefined;
  // The synonyms table as the content-integrity gate validated it before the build began.
  const groups = () => readValidatedContent(options.contentDir).synonyms.map((g) => g.data.words);
  const cacheOf = (edition: 'hans' | 'hant') => (options.cacheDir ? path.join(options.cacheDir, edition) : undefined);
  const report = (logger: { info(message: string): void }, name: string, summary: SearchIndexSummary) =>
    logger.info(
      `search index (${name}): ${summary.pages} pages; lexicon: ${summary.lexicon.words} words, ${summary.lexicon.synonymGroups} synonym groups, ${summary.lexicon.t2sPairs} characters folded (${summary.lexicon.bytes} bytes)${summary.cached ? ', from the cache' : ''}`,
    );
  return {
    simplified: {
      name: 'pagefind-index-hans',
      hooks: {
        'astro:build:done': ({ dir }) => {
          const siteDir = fileURLToPath(dir);
          const hantDir = path.join(siteDir, HANT_PREFIX).replace(/\/$/, '');
          simplified = runInWorker<typeof buildSearchIndex>(INDEXER, 'buildSearchIndex', [siteDir, { synonyms: groups(), skip: [hantDir], cacheDir: cacheOf('hans') }]);
          // Awaited by the Traditional step; a failure meanwhile is not an unhandled one.
          simplified.catch(() => undefined);
        },
      },
    },
    traditional: {
      name: 'pagefind-index',
      hooks: {
        'astro:build:done': async ({ dir, logger }) => {
          if (!simplified) throw new Error('pagefind-index: the Simplified index was not started (pagefindIndex().simplified must come before the Traditional edition in astro.config.mjs)');
          const hantDir = path.join(fileURLToPath(dir), HANT_PREFIX);
          const { convert } = getHantConverter(options.contentDir);
          const traditional = runInWorker<typeof buildSearchIndex>(INDEXER, 'buildSearchIndex', [hantDir, { synonyms: groups().map((g) => g.map(convert)), script: 'hant', cacheDir: cacheOf('hant') }]);
          const [hans, hant] = await Promise.all([simplified, traditional]);
          report(logger, 'zh-Hans', hans);
          report(logger, 'zh-Hant', hant);
        },
      },
    },
  };
}
