import fs from 'node:fs';
import path from 'node:path';
import { PARTIAL } from './partialPath';

/** Cached files unused for this long are deleted (a file's time is its last use). */
export const CACHE_DAYS = 30;


/** Each cache folder's files, as the folder was read once per process (a build: pruneCache), with those written since. */
const listed = new Map<string, Set<string>>();

/**
 * Deletes the files of the cache folder `dir` unused for CACHE_DAYS (their time says when they
 * were last used: whoever reads one sets it), once per process and folder, makes the folder if it is
 * missing, and returns the names of the files left: a step that adds a file adds its name, so
 * that the set stays true for the rest of the build. Knowing the names saves a build with a new
 * cache one failed open per output (at 5,000 cases, 20,000 images and 45,000 Traditional twins).
 * Shared by the image cache (og/renderPng) and the Traditional twins (editions/buildHantEdition).
 */
export function pruneCache(dir: string): Set<string> {
  const known = listed.get(dir);
  if (known) return known;
  const names = new Set<string>();
  const now = Date.now();
  for (const entry of fs.existsSync(dir) ? fs.readdirSync(dir, { withFileTypes: true }) : []) {
    if (!entry.isFile()) continue;
    const file = path.join(dir, entry.name);
    // Another build may rename or delete a file between the listing and this look at it.
    let age: number;
    try {
      age = now - fs.statSync(file).mtimeMs;
    } catch {
      continue;
    }
    // A file being written (another build's, or one a build stopped before finishing) is not
    // the cache's yet: left alone for a day, then deleted.
    const partial = entry.name.endsWith(PARTIAL);
    if (age > (partial ? 864e5 : CACHE_DAYS * 864e5)) fs.rmSync(file, { force: true });
    else if (!partial) names.add(entry.name);
  }
  if (!fs.existsSync(dir)) fs.mkdirSync(dir, { recursive: true });
  listed.set(dir, names);
  return names;
}
