import fs from 'node:fs';
import path from 'node:path';
import type { SearchLexicon } from '../search/readSearchLexicon';

/** Writes the search lexicon beside Pagefind's files (`<outputPath>/lexicon.json`); returns its size in bytes. */
export function writeSearchLexicon(outputPath: string, lexicon: SearchLexicon): number {
  const json = JSON.stringify(lexicon);
  fs.writeFileSync(path.join(outputPath, 'lexicon.json'), json);
  return Buffer.byteLength(json);
}
