/** How the name of a cache file or folder being written ends: it is renamed to its own name once whole (lib/pruneCache leaves such names alone for a day). */
export const PARTIAL = '.partial';

/**
 * The name to write `target` under until it is whole, then rename: `<target>.<pid>.<random><tag>.partial`,
 * its own to this process and call (written with the flag `wx` where it matters), so that a build
 * sharing the cache never reads half a file and two builds never write into one. `tag` marks what
 * the name is for (`.old`: a folder on its way out).
 */
export function partialPath(target: string, tag = ''): string {
  return `${target}.${process.pid}.${Math.random().toString(36).slice(2)}${tag}${PARTIAL}`;
}
