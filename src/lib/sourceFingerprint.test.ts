import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { sourceFingerprint } from './sourceFingerprint';

describe('sourceFingerprint', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fingerprint-'));
  const write = (rel: string, text: string) => {
    fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    fs.writeFileSync(path.join(dir, rel), text);
  };
  const entry = pathToFileURL(path.join(dir, 'a.ts'));

  it('changes with the entry, with any module it imports by a relative path at any depth, and not with a module it does not import', () => {
    write('a.ts', "import { b } from './b';\nimport fs from 'node:fs';\nexport const a = b;\n");
    write('b.ts', "export { c as b } from './lib/c';\n");
    write('lib/c.ts', 'export const c = 1;\n');
    write('unused.ts', 'export const u = 1;\n');
    const before = sourceFingerprint([entry]);
    expect(sourceFingerprint([entry])).toBe(before);
    write('unused.ts', 'export const u = 2;\n');
    expect(sourceFingerprint([entry])).toBe(before);
    write('lib/c.ts', 'export const c = 2;\n');
    const after = sourceFingerprint([entry]);
    expect(after).not.toBe(before);
    write('a.ts', "import { b } from './b';\nimport fs from 'node:fs';\nexport const a = b + 1;\n");
    expect(sourceFingerprint([entry])).not.toBe(after);
  });

  it('changes with the version of a package it imports, one that exports only an `import` entry (as Pagefind does) included', () => {
    write('node_modules/import-only/package.json', JSON.stringify({ name: 'import-only', version: '1.6.0', exports: { '.': { import: './index.mjs' } } }));
    write('node_modules/import-only/index.mjs', 'export const x = 1;\n');
    write('uses.ts', "// A comment that says import x from 'not a package' is not an import.\nimport { x } from 'import-only';\nimport type { Y } from 'astro:content';\nexport const y = x;\n");
    const uses = pathToFileURL(path.join(dir, 'uses.ts'));
    const before = sourceFingerprint([uses]);
    write('node_modules/import-only/package.json', JSON.stringify({ name: 'import-only', version: '1.7.0', exports: { '.': { import: './index.mjs' } } }));
    expect(sourceFingerprint([uses])).not.toBe(before);
    write('needs-package.ts', "import { z } from 'no-such-package';\n");
    expect(() => sourceFingerprint([pathToFileURL(path.join(dir, 'needs-package.ts'))])).toThrow(/needs-package\.ts imports the package no-such-package, which is not installed/);
  });

  it('names the import it cannot follow', () => {
    write('broken.ts', "import { x } from './missing';\n");
    expect(() => sourceFingerprint([pathToFileURL(path.join(dir, 'broken.ts'))])).toThrow(/broken\.ts imports \.\/missing/);
  });

  it('follows the project’s real modules, packages included, without failing', () => {
    // The two cached steps' graphs: every relative import a file, every package installed (Pagefind's among them).
    for (const entry of ['../integrations/buildSearchIndex.ts', '../integrations/hantEdition.ts']) expect(sourceFingerprint([new URL(entry, import.meta.url)])).toMatch(/^[0-9a-f]{64}$/);
  });
});
