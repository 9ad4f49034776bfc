import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import * as pagefindApi from 'pagefind';
import { buildSearchLexicon } from '../lib/buildSearchLexicon';
import { checkPagefindResponse } from '../lib/checkPagefindResponse';
import { createSearchVocabulary } from '../lib/createSearchVocabulary';
import { listHtmlFiles } from '../lib/listHtmlFiles';
import { prepareHtmlForIndex } from '../lib/prepareHtmlForIndex';
import { PARTIAL, partialPath } from '../lib/partialPath';
import { runPool } from '../lib/runPool';
import { sourceFingerprint } from '../lib/sourceFingerprint';
import { writeSearchLexicon } from '../lib/writeSearchLexicon';

export interface SearchIndexSummary {
  pages: number;
  /** True when the index was copied from the build cache (SearchIndexOptions.cacheDir), not made. */
  cached?: boolean;
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
  /**
   * This index's folder in the build cache (lib/cacheFolder('search') and the edition): the last
   * index made, in a folder named by the hash of everything that made it (cacheKey). When the
   * pages, the options and the code are the same, the index is copied from there instead of made.
   */
  cacheDir?: string | undefined;
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
 * The hash of all that makes an index: the code of this module and of what it imports, Pagefind's
 * version among them (sourceFingerprint), the synonyms and the script, and every page given to
 * Pagefind, by its path and its HTML. Reading the pages for it costs a few seconds at 5,000
 * cases; making the index, about a minute.
 */
function cacheKey(siteDir: string, skip: readonly string[], options: SearchIndexOptions): string {
  const hash = createHash('sha256').update(sourceFingerprint([new URL(import.meta.url)])).update(JSON.stringify([options.synonyms ?? [], options.script ?? 'hans']));
  for (const { file, html } of indexablePages(siteDir, skip)) hash.update(`\0${path.relative(siteDir, file)}\0${html.length}\0`).update(html);
  return hash.digest('hex');
}

/**
 * Copies the index made from `key` out of `cacheDir` to `outputPath` and returns what its making
 * reported; undefined when there is none (or another build removed it meanwhile).
 */
function copyCachedIndex(cacheDir: string, key: string, outputPath: string): SearchIndexSummary | undefined {
  const folder = path.join(cacheDir, key);
  try {
    const summary = JSON.parse(fs.readFileSync(path.join(folder, 'summary.json'), 'utf8')) as SearchIndexSummary;
    fs.rmSync(outputPath, { recursive: true, force: true });
    fs.cpSync(path.join(folder, 'pagefind'), outputPath, { recursive: true });
    return summary;
  } catch {
    fs.rmSync(outputPath, { recursive: true, force: true });
    return undefined;
  }
}

/**
 * Keeps the index just written to `outputPath` in `cacheDir/<key>/`, and deletes the older ones
 * there: one index per edition is kept. Written under a name of its own first and then renamed, so
 * that a folder named by a key only ever holds that key's whole index; an older folder is renamed
 * before it is deleted, so that a build copying from it meanwhile fails (and makes its index)
 * instead of copying part of it. Leftovers of builds that stopped midway go after a day. A cache
 * that cannot be written costs the next build its time, not this one its index.
 */
function keepIndex(cacheDir: string, key: string, outputPath: string, summary: SearchIndexSummary): void {
  const partial = partialPath(path.join(cacheDir, key));
  try {
    fs.mkdirSync(cacheDir, { recursive: true });
    fs.rmSync(partial, { recursive: true, force: true });
    fs.cpSync(outputPath, path.join(partial, 'pagefind'), { recursive: true });
    fs.writeFileSync(path.join(partial, 'summary.json'), JSON.stringify(summary));
    retire(path.join(cacheDir, key));
    fs.renameSync(partial, path.join(cacheDir, key));
    for (const name of fs.readdirSync(cacheDir)) {
      const folder = path.join(cacheDir, name);
      if (name === key) continue;
      if (!name.endsWith(PARTIAL)) retire(folder);
      else if (Date.now() - fs.statSync(folder).mtimeMs > 864e5) fs.rmSync(folder, { recursive: true, force: true });
    }
  } catch {
    fs.rmSync(partial, { recursive: true, force: true });
  }
}

/** Deletes a cached index's folder, renamed first (see keepIndex); nothing when it is gone already. */
function retire(folder: string): void {
  const doomed = partialPath(folder, '.old');
  try {
    fs.renameSync(folder, doomed);
  } catch {
    return;
  }
  fs.rmSync(doomed, { recursive: true, force: true });
}

/**
 * Indexes a built site, or one edition of it, for search: every page of `siteDir` (but `skip`) that has data-pagefind-body goes to
 * Pagefind (Node API) in the form prepareHtmlForIndex gives it, one Chinese character per index
 * word, while its vocabulary is collected. Writes Pagefind's bundle to `<siteDir>/pagefind/`
 * and, beside it, `lexicon.json` (see buildSearchLexicon). Throws with Pagefind's own messages
 * when anything fails, so the build stops instead of shipping a site without search; Pagefind's
 * service is closed whatever happens. With `cacheDir`, an index made from the same pages, options
 * and code by an earlier build is copied from the cache instead (a second build with nothing
 * changed); a page that changed makes the whole index anew, as Pagefind has no partial update.
 */
export async function buildSearchIndex(siteDir: string, options: SearchIndexOptions = {}): Promise<SearchIndexSummary> {
  const outputPath = path.join(siteDir, 'pagefind');
  const skip = [outputPath, ...(options.skip ?? [])];
  const key = options.cacheDir ? cacheKey(siteDir, skip, options) : undefined;
  const cached = options.cacheDir && key ? copyCachedIndex(options.cacheDir, key, outputPath) : undefined;
  if (cached) return { ...cached, cached: true };
  const summary = await makeSearchIndex(siteDir, outputPath, skip, options);
  if (options.cacheDir && key) keepIndex(options.cacheDir, key, outputPath, summary);
  return summary;
}

/** Makes the index (buildSearchIndex without the cache). */
async function makeSearchIndex(siteDir: string, outputPath: string, skip: readonly string[], options: SearchIndexOptions): Promise<SearchIndexSummary> {
  const pagefind = options.pagefind ?? pagefindApi;
  const script = options.script ?? 'hans';
  const { add, vocabulary } = createSearchVocabulary({ bigrams: script === 'hant' });
  try {
    const { index } = checkPagefindResponse(await pagefind.createIndex({}), 'start', ['index']);
    await runPool(indexablePages(siteDir, skip), CONCURRENCY, async ({ file, html }) => {
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
