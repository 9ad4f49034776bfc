import path from 'node:path';
import type { ContentProblem } from './contentProblem';
import { describeEntry } from './describeEntry';
import { ID_PATTERN } from '../schemas/idText';
import type { CollectionName } from '../schemas/refFactory';
import {
  plainSchemas,
  type CaseData,
  type EntityData,
  type EventData,
  type FigureData,
  type SourceData,
  type StoryData,
} from './plainSchemas';
import { readMdxFiles } from './readMdxFiles';
import { loadHantExceptions, type HantExceptionEntry } from './loadHantExceptions';
import { loadSynonymTable, type SynonymGroupEntry } from './loadSynonymTable';
import { readRecordFiles, type RawRecord } from './readRecordFiles';
import { validateRecord as validate } from './validateRecord';

export interface GraphEntry<T> {
  id: string;
  file: string;
  /** Position in a list file, 1-based. */
  item?: number;
  data: T;
}

export interface DocumentEntry<T> extends GraphEntry<T> {
  body: string;
  bodyLine: number;
}

export interface ContentGraph {
  cases: DocumentEntry<CaseData>[];
  stories: DocumentEntry<StoryData>[];
  sources: GraphEntry<SourceData>[];
  events: GraphEntry<EventData>[];
  figures: GraphEntry<FigureData>[];
  entities: GraphEntry<EntityData>[];
  /** The synonyms table (synonyms.yaml): groups of words a query searches together. */
  synonyms: SynonymGroupEntry[];
  /** The Traditional edition's exceptions table (hant-exceptions.yaml): phrases OpenCC converts wrongly. */
  hantExceptions: HantExceptionEntry[];
  /** Entries that failed validation but have a usable id: references to them are not errors too. */
  rejected: { collection: CollectionName; id: string }[];
}

function checkId(raw: RawRecord, problems: ContentProblem[]): raw is RawRecord & { id: string } {
  const entry = describeEntry(raw);
  const where = entry === undefined ? { file: raw.file } : { file: raw.file, entry };
  if (raw.id === undefined) {
    problems.push({ ...where, field: 'id', message: 'is missing (required)' });
    return false;
  }
  if (typeof raw.id !== 'string' || !ID_PATTERN.test(raw.id)) {
    problems.push({ ...where, field: 'id', message: `"${String(raw.id)}" must be lower-case ASCII words joined by "-"` });
    return false;
  }
  return true;
}

/**
 * Reads all content from a folder and validates each entry against its collection schema.
 * Cross-entry rules (references, duplicates, derivations) are checked by checkContentGraph.
 */
export function loadContentGraph(contentDir: string): { graph: ContentGraph; problems: ContentProblem[] } {
  const problems: ContentProblem[] = [];
  const graph: ContentGraph = { cases: [], stories: [], sources: [], events: [], figures: [], entities: [], synonyms: [], hantExceptions: [], rejected: [] };

  for (const collection of ['cases', 'stories'] as const) {
    const { documents, problems: readProblems } = readMdxFiles(path.join(contentDir, collection));
    problems.push(...readProblems);
    for (const doc of documents) {
      if (!ID_PATTERN.test(doc.id)) {
        problems.push({ file: doc.file, message: `the file name "${doc.id}" must be lower-case ASCII words joined by "-": it becomes the URL` });
        continue;
      }
      const data = validate(plainSchemas[collection], doc, problems);
      if (data) {
        // The two collections have different schemas; each entry is pushed to its own list.
        (graph[collection] as DocumentEntry<typeof data>[]).push({
          id: doc.id,
          file: doc.file,
          data,
          body: doc.body,
          bodyLine: doc.bodyLine,
        });
      } else {
        graph.rejected.push({ collection, id: doc.id });
      }
    }
  }

  for (const collection of ['sources', 'events', 'figures', 'entities'] as const) {
    const { records, problems: readProblems } = readRecordFiles(path.join(contentDir, collection));
    problems.push(...readProblems);
    for (const raw of records) {
      const idOk = checkId(raw, problems);
      const data = validate(plainSchemas[collection], raw, problems);
      if (idOk && data) {
        const entry: GraphEntry<typeof data> = { id: raw.id as string, file: raw.file, data };
        if (raw.item !== undefined) entry.item = raw.item;
        (graph[collection] as GraphEntry<typeof data>[]).push(entry);
      } else if (idOk) {
        graph.rejected.push({ collection, id: raw.id as string });
      }
    }
  }
  const synonyms = loadSynonymTable(contentDir);
  graph.synonyms = synonyms.groups;
  problems.push(...synonyms.problems);
  const exceptions = loadHantExceptions(contentDir);
  graph.hantExceptions = exceptions.entries;
  problems.push(...exceptions.problems);
  return { graph, problems };
}
