import fs from 'node:fs';
import path from 'node:path';

/** Every .html file under `dir`, sorted by path, leaving out the folder `skip` (Pagefind's own output). */
export function listHtmlFiles(dir: string, skip: string): string[] {
  const found: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (full !== skip) found.push(...listHtmlFiles(full, skip));
    } else if (entry.name.endsWith('.html')) {
      found.push(full);
    }
  }
  return found.sort();
}
