import fs from 'node:fs';
import path from 'node:path';
import { close, createIndex } from 'pagefind';
import { buildSearchLexicon } from '../lib/buildSearchLexicon';
import { prepareHtmlForIndex } from '../lib/prepareHtmlForIndex';
import { readIndexedText } from '../lib/readIndexedText';
import { readSearchTerms } from '../lib/readSearchTerms';

export interface SearchIndexSummary {
  pages: number;
  lexicon: { t2sPairs: number; words: number; common: string[]; bytes: number };
}

function htmlFiles(dir: string, skip: string): string[] {
  const found: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (full !== skip) found.push(...htmlFiles(full, skip));
    } else if (entry.name.endsWith('.html')) {
      found.push(full);
    }
  }
  return found.sort();
}

/**
 * Indexes a built site for search: every HTML file in `siteDir` goes to Pagefind (Node API) in
 * the form prepareHtmlForIndex gives it, one Chinese character per index word; Pagefind keeps
 * only pages with data-pagefind-body. Writes Pagefind's bundle to `<siteDir>/pagefind/` and,
 * beside it, `lexicon.json` (see buildSearchLexicon). Throws with Pagefind's own messages when
 * anything fails, so the build stops instead of shipping a site without search.
 */
export async function buildSearchIndex(siteDir: string): Promise<SearchIndexSummary> {
  const outputPath = path.join(siteDir, 'pagefind');
  const characters = new Set<string>();
  const terms: string[] = [];
  // How many pages use each Chinese word (as Intl.Segmenter cuts the text): see buildSearchLexicon.
  const pagesWithWord = new Map<string, number>();
  const segmenter = new Intl.Segmenter('zh-CN', { granularity: 'word' });
  try {
    const { index, errors } = await createIndex({});
    if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
    let pages = 0;
    const inFlight = new Set<Promise<void>>();
    for (const file of htmlFiles(siteDir, outputPath)) {
      const html = fs.readFileSync(file, 'utf8');
      if (!html.includes('data-pagefind-body')) continue;
      for (const [character] of html.matchAll(/\p{Script=Han}/gu)) characters.add(character);
      terms.push(...readSearchTerms(html));
      const words = new Set<string>();
      for (const { segment, isWordLike } of segmenter.segment(readIndexedText(html))) {
        if (isWordLike && segment.length >= 2 && /^\p{Script=Han}+$/u.test(segment)) words.add(segment);
      }
      for (const word of words) pagesWithWord.set(word, (pagesWithWord.get(word) ?? 0) + 1);
      // Several files in flight at once: Pagefind indexes while this loop prepares the next
      // pages, instead of the two taking turns (at 2,000 cases, a minute spent waiting).
      const adding = index.addHTMLFile({ sourcePath: path.relative(siteDir, file), content: prepareHtmlForIndex(html) }).then((added) => {
        if (added.errors.length) throw new Error(`Pagefind could not index ${file}: ${added.errors.join('; ')}`);
      });
      inFlight.add(adding);
      void adding.finally(() => inFlight.delete(adding)).catch(() => undefined);
      if (inFlight.size >= 16) await Promise.race(inFlight);
      pages++;
    }
    await Promise.all(inFlight);
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length) throw new Error(`Pagefind could not write its files: ${written.errors.join('; ')}`);
    const lexicon = buildSearchLexicon(characters, terms, { pagesWithWord, pages });
    const json = JSON.stringify(lexicon);
    fs.writeFileSync(path.join(outputPath, 'lexicon.json'), json);
    return { pages, lexicon: { t2sPairs: [...lexicon.t2s].length / 2, words: lexicon.words.length, common: lexicon.common, bytes: Buffer.byteLength(json) } };
  } finally {
    await close();
  }
}
