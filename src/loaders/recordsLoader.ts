import path from 'node:path';
import type { Loader } from 'astro/loaders';
import { formatProblem } from '../lib/contentProblem';
import { readRecordFiles } from '../lib/readRecordFiles';

/**
 * Loads a data collection from a folder of YAML files, each holding one record (named by its
 * file) or a list of records (each with an `id`). See readRecordFiles for why it does not use
 * Astro's YAML parsing. The content-integrity integration has checked the files already; this
 * loader fails loudly too, for the dev server, where files change after that check.
 */
export function recordsLoader(options: { base: string }): Loader {
  return {
    name: 'records-loader',
    load: async ({ store, parseData, generateDigest, watcher, config }) => {
      const root = new URL(config.root).pathname;
      const dir = path.resolve(root, options.base);
      const { records, problems } = readRecordFiles(dir);
      if (problems.length > 0) throw new Error(problems.map(formatProblem).join('\n'));
      store.clear();
      for (const record of records) {
        const id = String(record.id);
        const filePath = path.relative(root, record.file);
        const data = await parseData({ id, data: record.data, filePath });
        store.set({ id, data, digest: generateDigest(record.data), filePath });
      }
      watcher?.add(dir);
    },
  };
}
