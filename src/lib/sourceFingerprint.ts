import { createHash } from 'node:crypto';
import fs from 'node:fs';
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

/** A package name as npm allows it: anything else a pattern takes for one (a virtual module, text in a comment) is not a package. */
const PACKAGE = /^(?:@[a-z0-9-~][a-z0-9-._~]*\/)?[a-z0-9-~][a-z0-9-._~]*$/;

/**
 * The version of the package `name` as Node finds it for `fromFile`: the first
 * `node_modules/<name>/package.json` in its folder or one above. Read directly, not through
 * require.resolve, which cannot resolve a package that exports only an `import` entry (Pagefind).
 */
function packageVersion(name: string, fromFile: string): string {
  for (let dir = path.dirname(fromFile); ; dir = path.dirname(dir)) {
    const file = path.join(dir, 'node_modules', name, 'package.json');
    if (fs.existsSync(file)) return (JSON.parse(fs.readFileSync(file, 'utf8')) as { version?: string }).version ?? '';
    if (path.dirname(dir) === dir) throw new Error(`sourceFingerprint: ${fromFile} imports the package ${name}, which is not installed`);
  }
}

/**
 * A hash of the code that makes a cached output: the text of each module in `entries` and of
 * every module they import by a relative path, followed to the end, and the version of every
 * package they import. A build step whose output is cached (the Traditional twins, the search
 * indexes) puts it in its cache key, so that a change to any line of that code, an updated
 * package, or another version of Node makes the output anew. Node's own modules (`node:`) count
 * through Node's version. A relative import that is not a file, or a package that is not
 * installed, stops it with the importing file's name.
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
        if (PACKAGE.test(name) && !packages.has(name)) packages.set(name, packageVersion(name, file));
      }
    }
  };
  for (const entry of entries) visit(fileURLToPath(entry));
  for (const [name, version] of [...packages].sort(([a], [b]) => (a < b ? -1 : 1))) hash.update(`${name}@${version}\n`);
  // Node itself: its Unicode tables decide what \p{Script=Han} matches, its zlib what a PNG is.
  hash.update(`node@${process.versions.node}\n`);
  return hash.digest('hex');
}
