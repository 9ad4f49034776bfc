import fs from 'node:fs';
import path from 'node:path';
import { CORE_SCHEMA, load } from 'js-yaml';
import type { ContentProblem } from './contentProblem';

export interface RawDocument {
  file: string;
  id: string;
  data: Record<string, unknown>;
  body: string;
  /** Line in the file where the body starts, to report positions in it. */
  bodyLine: number;
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/;

/** Reads the frontmatter (core YAML schema, dates as text) and body of every .mdx in a folder. */
export function readMdxFiles(dir: string): { documents: RawDocument[]; problems: ContentProblem[] } {
  const documents: RawDocument[] = [];
  const problems: ContentProblem[] = [];
  if (!fs.existsSync(dir)) return { documents, problems };
  const names = fs.readdirSync(dir).filter((name) => !name.startsWith('_') && !name.startsWith('.')).sort();
  for (const name of names) {
    const file = path.join(dir, name);
    if (!name.endsWith('.mdx')) {
      problems.push({ file, message: 'only .mdx files belong in this folder' });
      continue;
    }
    const text = fs.readFileSync(file, 'utf8');
    const match = FRONTMATTER.exec(text);
    if (!match) {
      problems.push({ file, message: 'has no frontmatter (a block between --- lines at the top)' });
      continue;
    }
    let data: unknown;
    try {
      data = load(match[1] ?? '', { schema: CORE_SCHEMA, filename: file });
    } catch (error) {
      problems.push({ file, message: `frontmatter is not valid YAML: ${(error as Error).message}` });
      continue;
    }
    if (typeof data !== 'object' || data === null || Array.isArray(data)) {
      problems.push({ file, message: 'frontmatter must be a mapping of fields' });
      continue;
    }
    documents.push({
      file,
      id: name.replace(/\.mdx$/, ''),
      data: data as Record<string, unknown>,
      body: text.slice(match[0].length),
      bodyLine: match[0].split('\n').length,
    });
  }
  return { documents, problems };
}
