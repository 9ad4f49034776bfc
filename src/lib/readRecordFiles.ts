import fs from 'node:fs';
import path from 'node:path';
import { CORE_SCHEMA, load } from 'js-yaml';
import type { ContentProblem } from './contentProblem';

export interface RawRecord {
  /** Path of the file, relative to the current working directory. */
  file: string;
  /** Position in the file's list (1-based), when the file holds a list of records. */
  item?: number;
  id: unknown;
  data: Record<string, unknown>;
}

const RECORD_FILE = /\.ya?ml$/;

/**
 * Reads every YAML file in a folder (files starting with "_" are drafts and are skipped).
 * A file holds one record (its id is the file name) or a list of records (each with an `id`).
 * YAML is read with the core schema, so 2025-03-29 stays text and is checked as a date later
 * instead of being silently turned into a Date (which would roll 2025-02-30 into March).
 */
export function readRecordFiles(dir: string): { records: RawRecord[]; problems: ContentProblem[] } {
  const records: RawRecord[] = [];
  const problems: ContentProblem[] = [];
  if (!fs.existsSync(dir)) return { records, problems };
  const names = fs.readdirSync(dir).filter((name) => !name.startsWith('_') && !name.startsWith('.')).sort();
  for (const name of names) {
    const file = path.join(dir, name);
    if (!RECORD_FILE.test(name)) {
      problems.push({ file, message: 'only .yaml files belong in this folder' });
      continue;
    }
    let doc: unknown;
    try {
      doc = load(fs.readFileSync(file, 'utf8'), { schema: CORE_SCHEMA, filename: file });
    } catch (error) {
      problems.push({ file, message: `is not valid YAML: ${(error as Error).message}` });
      continue;
    }
    if (Array.isArray(doc)) {
      doc.forEach((item: unknown, index) => {
        if (!isRecord(item)) {
          problems.push({ file, entry: `item ${index + 1}`, message: 'each item of the list must be a mapping of fields' });
          return;
        }
        const { id, ...data } = item;
        records.push({ file, item: index + 1, id, data });
      });
    } else if (isRecord(doc)) {
      const { id, ...data } = doc;
      const fromName = name.replace(RECORD_FILE, '');
      if (id !== undefined && id !== fromName) {
        problems.push({ file, field: 'id', message: `"${String(id)}" differs from the file name "${fromName}"; leave id out` });
      }
      records.push({ file, id: fromName, data });
    } else {
      problems.push({ file, message: 'must hold a record (a mapping) or a list of records' });
    }
  }
  return { records, problems };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
