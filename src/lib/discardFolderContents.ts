import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

/** What a folder's contents are moved into on their way out: `.<folder>.discarded-<pid>-<random>`, beside it. */
const DISCARDED = '.discarded-';

/** Deletes `folders` in a process of its own that outlives this one: the caller does not wait, nor spend its thread on it. */
function deleteInBackground(folders: readonly string[]): void {
  if (folders.length === 0) return;
  const script = "const fs = require('node:fs'); for (const folder of process.argv.slice(1)) fs.rmSync(folder, { recursive: true, force: true });";
  spawn(process.execPath, ['-e', script, ...folders], { detached: true, stdio: 'ignore' }).unref();
}

/**
 * Empties the folder `dir` at once, but for the names in `keep`, by moving its contents into a
 * folder beside it (one rename per entry) that a background process then deletes; folders left
 * so by an earlier call whose deletion did not finish (the machine stopped) go with it. Returns
 * how many entries were moved. An entry that cannot be moved (another file system) stays, for
 * whoever empties the folder next. A build's output folder holds the last build's site (at 5,000
 * cases and two editions 2.5 GB in 100,000 files): Astro deletes it before it builds, which took
 * a second build ~24 s of its thread, with the other core idle.
 */
export function discardFolderContents(dir: string, keep: ReadonlySet<string> = new Set()): number {
  const parent = path.dirname(path.resolve(dir));
  const prefix = `.${path.basename(path.resolve(dir))}${DISCARDED}`;
  const leftovers = fs.existsSync(parent)
    ? fs.readdirSync(parent).filter((name) => name.startsWith(prefix)).map((name) => path.join(parent, name))
    : [];
  const entries = fs.existsSync(dir) ? fs.readdirSync(dir).filter((name) => !keep.has(name)) : [];
  let moved = 0;
  if (entries.length > 0) {
    const discarded = path.join(parent, `${prefix}${process.pid}-${Math.random().toString(36).slice(2)}`);
    fs.mkdirSync(discarded);
    leftovers.push(discarded);
    for (const name of entries) {
      try {
        fs.renameSync(path.join(dir, name), path.join(discarded, name));
        moved++;
      } catch {
        // Left where it is: Astro deletes it as before.
      }
    }
  }
  deleteInBackground(leftovers);
  return moved;
}
