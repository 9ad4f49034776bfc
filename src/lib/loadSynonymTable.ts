import fs from 'node:fs';
import path from 'node:path';
import { CORE_SCHEMA, load } from 'js-yaml';
import type { ContentProblem } from './contentProblem';
import { describeEntry } from './describeEntry';
import { plainSchemas, type SynonymGroupData } from './plainSchemas';
import { validateRecord } from './validateRecord';

/** One group of the synonyms table, named by its first word. */
export interface SynonymGroupEntry {
  id: string;
  file: string;
  /** Position in the list, 1-based. */
  item: number;
  data: SynonymGroupData;
}

/**
 * Reads and validates `<contentDir>/synonyms.yaml`, the synonyms table: a list of groups, each
 * `{ words: [...], note }`. A group is named in problems by its first word and its place in the
 * list (`"引擎盖" (item 2)`). Besides each group's schema, a word may be in one group only: two
 * groups sharing a word would be one group. A content folder without the file has no synonyms.
 */
export function loadSynonymTable(contentDir: string): { groups: SynonymGroupEntry[]; problems: ContentProblem[] } {
  const file = path.join(contentDir, 'synonyms.yaml');
  const groups: SynonymGroupEntry[] = [];
  const problems: ContentProblem[] = [];
  if (!fs.existsSync(file)) return { groups, problems };
  let doc: unknown;
  try {
    doc = load(fs.readFileSync(file, 'utf8'), { schema: CORE_SCHEMA, filename: file });
  } catch (error) {
    problems.push({ file, message: `is not valid YAML: ${(error as Error).message}` });
    return { groups, problems };
  }
  if (!Array.isArray(doc)) {
    problems.push({ file, message: 'must hold a list of groups, each `- words: [...]`' });
    return { groups, problems };
  }
  const groupOf = new Map<string, string>();
  doc.forEach((item: unknown, index) => {
    const position = index + 1;
    if (typeof item !== 'object' || item === null || Array.isArray(item)) {
      problems.push({ file, entry: `item ${position}`, message: 'each item of the list must be a mapping of fields' });
      return;
    }
    const data = item as Record<string, unknown>;
    const first = Array.isArray(data['words']) && typeof data['words'][0] === 'string' ? data['words'][0] : undefined;
    const group = validateRecord(plainSchemas.synonyms, { file, item: position, id: first, data }, problems);
    if (!group || first === undefined) return;
    const entry = describeEntry({ id: first, item: position }) ?? `item ${position}`;
    let clean = true;
    group.words.forEach((word, at) => {
      const key = word.normalize('NFKC').toLowerCase();
      const other = groupOf.get(key);
      if (other !== undefined) {
        problems.push({ file, entry, field: `words[${at}]`, message: `"${word}" is already in ${other}: a word belongs to one group` });
        clean = false;
      }
    });
    if (!clean) return;
    for (const word of group.words) groupOf.set(word.normalize('NFKC').toLowerCase(), entry);
    groups.push({ id: first, file, item: position, data: group });
  });
  return { groups, problems };
}
