import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** `import … from '…'`, `export … from '…'`, `import '…'` and `import('…')`: the specifier. */
const IMPORT = /(?:\bfrom\s*|\bimport\s*\(?\s*)['"]([^'"]+)['"]/g;
/** How a relative import without an extension is found, the project's convention first. */
const TRIED = ['', '.ts', '.mjs', '.js', '/index.ts'];

/** The package a bare specifier names: `opencc-js/dict/TWVariants` → `opencc-js`, `@scope/name/x` → `@scope/name`. */
function packageName(specifier: string): string {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : (parts[0] as string);
}

/** The version of the package `name` as installed for `fromFile`, found from its entry upwards (many packages do not export package.json). */
function packageVersion(name: string, fromFile: string): string {
  try {
    let dir = path.dirname(createRequire(fromFile).resolve(name));
    for (;;) {
      const file = path.join(dir, 'package.json');
      if (fs.existsSync(file)) {
        const json = JSON.parse(fs.readFileSync(file, 'utf8')) as { name?: string; version?: string };
        if (json.name === name) return json.version ?? '';
      }
      const parent = path.dirname(dir);
      if (parent === dir) return 'unresolved';
      dir = parent;
    }
  } catch {
    return 'unresolved';
  }
}

/**
 * A hash of the code that makes a cached output: the text of each module in `entries` and of
 * every module they import by a relative path, followed to the end, and the version of every
 * package they import. A build step whose output is cached (the Traditional twins, the search
 * indexes) puts it in its cache key, so that a change to any line of that code, or an updated
 * package, makes the output anew. Node's own modules (`node:`) are left out.
 */
export function sourceFingerprint(entries: readonly URL[]): string {
  const hash = createHash('sha256');
  const seen = new Set<string>();
  const packages = new Map<string, string>();
  // Paths relative to the first entry's folder, so that a clone elsewhere keeps its cache.
  const root = path.dirname(fileURLToPath(entries[0] ?? new URL('file:///')));
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const text = fs.readFileSync(file, 'utf8');
    const name = path.relative(root, file);
    hash.update(`${name.length}:${name}\n${text.length}:${text}\n`);
    for (const [, specifier] of text.matchAll(IMPORT)) {
      if (!specifier || specifier.startsWith('node:')) continue;
      if (specifier.startsWith('.')) {
        const base = path.resolve(path.dirname(file), specifier);
        const found = TRIED.map((suffix) => base + suffix).find((candidate) => fs.existsSync(candidate) && fs.statSync(candidate).isFile());
        if (!found) throw new Error(`sourceFingerprint: ${file} imports ${specifier}, which is not a file`);
        visit(found);
      } else {
        const name = packageName(specifier);
        if (!packages.has(name)) packages.set(name, packageVersion(name, file));
      }
    }
  };
  for (const entry of entries) visit(fileURLToPath(entry));
  for (const [name, version] of [...packages].sort(([a], [b]) => (a < b ? -1 : 1))) hash.update(`${name}@${version}\n`);
  return hash.digest('hex');
}
