import fs from 'node:fs';
import path from 'node:path';
import { CORE_SCHEMA, load } from 'js-yaml';
import { createHantConverter } from '../editions/createHantConverter';
import { simplifiedOnlyCharacters } from '../editions/simplifiedOnlyCharacters';
import type { ContentProblem } from './contentProblem';
import { describeEntry } from './describeEntry';
import { plainSchemas, type HantExceptionData } from './plainSchemas';
import { validateRecord } from './validateRecord';

/** One entry of the exceptions table, named by its text. */
export interface HantExceptionEntry {
  id: string;
  file: string;
  /** Position in the list, 1-based. */
  item: number;
  data: HantExceptionData;
}

/**
 * Reads and validates `<contentDir>/hant-exceptions.yaml`, the Traditional edition's exceptions
 * table: a list of `{ text, hant, note }`, each named in problems by its text and place in the
 * list (`"写明了" (item 1)`). Besides the schema: a text is listed once; `hant` holds no
 * Simplified-only character; and the entry must change something, since an entry whose `hant`
 * is what OpenCC writes anyway, and keeps when it converts that Traditional text again, fixes
 * nothing and would hide a later change of OpenCC's. A content
 * folder without the file has no exceptions.
 */
export function loadHantExceptions(contentDir: string): { entries: HantExceptionEntry[]; problems: ContentProblem[] } {
  const file = path.join(contentDir, 'hant-exceptions.yaml');
  const entries: HantExceptionEntry[] = [];
  const problems: ContentProblem[] = [];
  if (!fs.existsSync(file)) return { entries, problems };
  let doc: unknown;
  try {
    doc = load(fs.readFileSync(file, 'utf8'), { schema: CORE_SCHEMA, filename: file });
  } catch (error) {
    problems.push({ file, message: `is not valid YAML: ${(error as Error).message}` });
    return { entries, problems };
  }
  if (doc === null || doc === undefined) return { entries, problems };
  if (!Array.isArray(doc)) {
    problems.push({ file, message: 'must hold a list of entries, each `- { text: …, hant: …, note: … }`' });
    return { entries, problems };
  }
  const plain = createHantConverter({ exceptions: [] });
  const simplifiedOnly = simplifiedOnlyCharacters();
  const listed = new Map<string, string>();
  doc.forEach((item: unknown, index) => {
    const position = index + 1;
    if (typeof item !== 'object' || item === null || Array.isArray(item)) {
      problems.push({ file, entry: `item ${position}`, message: 'each item of the list must be a mapping of fields' });
      return;
    }
    const raw = item as Record<string, unknown>;
    const id = typeof raw['text'] === 'string' ? raw['text'] : undefined;
    const data = validateRecord(plainSchemas.hantExceptions, { file, item: position, id, data: raw }, problems);
    if (!data) return;
    const entry = describeEntry({ id: data.text, item: position }) ?? `item ${position}`;
    const other = listed.get(data.text);
    if (other !== undefined) {
      problems.push({ file, entry, field: 'text', message: `is already listed as ${other}` });
      return;
    }
    const left = [...data.hant].filter((c) => simplifiedOnly.has(c));
    if (left.length > 0) {
      problems.push({ file, entry, field: 'hant', message: `holds Simplified-only characters (${left.join('')}): write it in Traditional` });
      return;
    }
    // OpenCC must get it wrong one way: converting the Simplified, or converting the Traditional
    // again (the edition's check, e2e/hantEdition.test.ts), where 干預 would become 幹預.
    if (plain.plain(data.text) === data.hant && plain.plain(data.hant) === data.hant) {
      problems.push({ file, entry, field: 'hant', message: `is what OpenCC writes anyway ("${data.hant}"), and keeps when converting it again: the entry fixes nothing` });
      return;
    }
    listed.set(data.text, entry);
    entries.push({ id: data.text, file, item: position, data });
  });
  return { entries, problems };
}
