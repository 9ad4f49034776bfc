import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { DIST, sitePages } from './support/siteFiles';

const base = (process.env['BASE_PATH'] ?? '/').replace(/^\/*/, '/').replace(/\/*$/, '/');
const pages = sitePages(base);
const decode = (text: string) => text.replace(/&amp;/g, '&').replace(/&#39;/g, "'").replace(/&quot;/g, '"');
const idsOf = new Map<string, Set<string>>();
function ids(file: string): Set<string> {
  let known = idsOf.get(file);
  if (!known) {
    const html = fs.readFileSync(file, 'utf8');
    known = new Set([...html.matchAll(/\s(?:id|name)="([^"]+)"/g)].map((m) => decode(m[1] ?? '')));
    idsOf.set(file, known);
  }
  return known;
}

/** The file a site path is served from, or undefined when the path leaves the site. */
function fileFor(pathname: string): string | undefined {
  if (!pathname.startsWith(base)) return undefined;
  const inside = decodeURIComponent(pathname.slice(base.length));
  const candidate = path.join(DIST, inside);
  if (inside === '' || inside.endsWith('/')) return path.join(candidate, 'index.html');
  return candidate;
}

test('every internal link and anchor in dist/ resolves', () => {
  expect(pages.length).toBeGreaterThan(10);
  const broken: string[] = [];
  let checked = 0;
  for (const page of pages) {
    const html = fs.readFileSync(page.file, 'utf8');
    const pageUrl = new URL(page.url, 'http://site.invalid');
    for (const match of html.matchAll(/\s(?:href|src)="([^"]*)"/g)) {
      const raw = decode(match[1] ?? '');
      if (/^(mailto:|tel:|data:|javascript:)/.test(raw) || raw === '') continue;
      const url = new URL(raw, pageUrl);
      if (url.origin !== pageUrl.origin) continue;
      checked++;
      const file = fileFor(url.pathname);
      if (!file || !fs.existsSync(file)) {
        broken.push(`${page.url}: ${raw} (no file)`);
        continue;
      }
      const anchor = decodeURIComponent(url.hash.slice(1));
      if (anchor && file.endsWith('.html') && !ids(file).has(anchor)) broken.push(`${page.url}: ${raw} (no #${anchor})`);
    }
  }
  expect(broken).toEqual([]);
  expect(checked).toBeGreaterThan(pages.length);
});

test('every outside link is a well-formed http(s) address opened with noopener noreferrer', () => {
  const problems: string[] = [];
  for (const page of pages) {
    const html = fs.readFileSync(page.file, 'utf8');
    for (const match of html.matchAll(/<a\s[^>]*href="(https?:[^"]*)"[^>]*>/g)) {
      const tag = match[0];
      const href = decode(match[1] ?? '');
      let url: URL;
      try {
        url = new URL(href);
      } catch {
        problems.push(`${page.url}: ${href} is not a URL`);
        continue;
      }
      if (url.hostname === 'site.invalid' || url.href.startsWith(process.env['SITE_URL'] ?? 'https://xinren-zhangben.example')) continue;
      const rel = /\srel="([^"]*)"/.exec(tag)?.[1]?.split(/\s+/) ?? [];
      if (!rel.includes('noopener') || !rel.includes('noreferrer')) problems.push(`${page.url}: ${href} lacks rel="noopener noreferrer"`);
    }
  }
  expect(problems).toEqual([]);
});
