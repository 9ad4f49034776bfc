import fs from 'node:fs';
import path from 'node:path';

export const DIST = path.resolve('dist');

/** Every HTML page of the built site, as its URL path (with the base path) and its file. */
export function sitePages(base: string): { url: string; file: string }[] {
  return fs
    .readdirSync(DIST, { recursive: true })
    .map(String)
    .filter((file) => file.endsWith('.html') && !file.startsWith('pagefind'))
    .map((file) => ({
      url: `${base}${file.replace(/(^|\/)index\.html$/, '$1')}`.replace(/\/+/g, '/'),
      file: path.join(DIST, file),
    }))
    .sort((a, b) => a.url.localeCompare(b.url));
}
