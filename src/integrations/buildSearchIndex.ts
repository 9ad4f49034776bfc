import fs from 'node:fs';
import path from 'node:path';
import * as pagefindApi from 'pagefind';
import { buildSearchLexicon } from '../lib/buildSearchLexicon';
import { checkPagefindResponse } from '../lib/checkPagefindResponse';
import { createSearchVocabulary } from '../lib/createSearchVocabulary';
import { listHtmlFiles } from '../lib/listHtmlFiles';
import { prepareHtmlForIndex } from '../lib/prepareHtmlForIndex';
import { runPool } from '../lib/runPool';
import { writeSearchLexicon } from '../lib/writeSearchLexicon';

export interface SearchIndexSummary {
  pages: number;
  lexicon: { t2sPairs: number; words: number; synonymGroups: number; common: string[]; bytes: number };
}

/** The part of Pagefind's Node API the index step uses: passed in, so that tests can stand in for it. */
export type PagefindApi = Pick<typeof pagefindApi, 'createIndex' | 'close'>;

export interface SearchIndexOptions {
  /** The synonyms table's groups (content/synonyms.yaml), carried into the lexicon, in the edition's script. */
  synonyms?: readonly (readonly string[])[];
  /** Folders of `siteDir` that are not this index's (the Traditional edition's, in the Simplified one's). */
  skip?: readonly string[];
  /** The edition's script: how the lexicon folds queries (see buildSearchLexicon). */
  script?: 'hans' | 'hant';
  pagefind?: PagefindApi;
}

/**
 * Files in flight at once: Pagefind indexes while the next pages are read and prepared, instead
 * of the two taking turns (at 2,000 cases, a minute spent waiting).
 */
const CONCURRENCY = 16;

/** The built pages Pagefind keeps (those with data-pagefind-body), read one at a time as they are taken. */
function* indexablePages(siteDir: string, skip: readonly string[]): Generator<{ file: string; html: string }> {
  for (const file of listHtmlFiles(siteDir, skip)) {
    const html = fs.readFileSync(file, 'utf8');
    if (html.includes('data-pagefind-body')) yield { file, html };
  }
}

/**
 * Indexes a built site, or one edition of it, for search: every page of `siteDir` (but `skip`) that has data-pagefind-body goes to
 * Pagefind (Node API) in the form prepareHtmlForIndex gives it, one Chinese character per index
 * word, while its vocabulary is collected. Writes Pagefind's bundle to `<siteDir>/pagefind/`
 * and, beside it, `lexicon.json` (see buildSearchLexicon). Throws with Pagefind's own messages
 * when anything fails, so the build stops instead of shipping a site without search; Pagefind's
 * service is closed whatever happens.
 */
export async function buildSearchIndex(siteDir: string, options: SearchIndexOptions = {}): Promise<SearchIndexSummary> {
  const pagefind = options.pagefind ?? pagefindApi;
  const outputPath = path.join(siteDir, 'pagefind');
  const script = options.script ?? 'hans';
  const { add, vocabulary } = createSearchVocabulary({ bigrams: script === 'hant' });
  try {
    const { index } = checkPagefindResponse(await pagefind.createIndex({}), 'start', ['index']);
    await runPool(indexablePages(siteDir, [outputPath, ...(options.skip ?? [])]), CONCURRENCY, async ({ file, html }) => {
      add(html);
      const sourcePath = path.relative(siteDir, file);
      checkPagefindResponse(await index.addHTMLFile({ sourcePath, content: prepareHtmlForIndex(html) }), `index ${sourcePath}`);
    });
    checkPagefindResponse(await index.writeFiles({ outputPath }), 'write its files');
    const lexicon = buildSearchLexicon(vocabulary, options.synonyms, script);
    const bytes = writeSearchLexicon(outputPath, lexicon);
    return {
      pages: vocabulary.pages,
      lexicon: { t2sPairs: [...lexicon.t2s].length / 2, words: lexicon.words.length, synonymGroups: lexicon.synonyms.length, common: lexicon.common, bytes },
    };
  } finally {
    await pagefind.close();
  }
}
