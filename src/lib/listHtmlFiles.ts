import fs from 'node:fs';
import path from 'node:path';

/** Every .html file under `dir`, sorted by path, leaving out the folder `skip` (Pagefind's own output). */
export function listHtmlFiles(dir: string, skip: string | readonly string[]): string[] {
  const skipped = typeof skip === 'string' ? [skip] : skip;
  const found: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!skipped.includes(full)) found.push(...listHtmlFiles(full, skipped));
    } else if (entry.name.endsWith('.html')) {
      found.push(full);
    }
  }
  return found.sort();
}
