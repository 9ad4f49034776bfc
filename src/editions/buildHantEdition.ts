import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { partialPath } from '../lib/partialPath';
import { pruneCache } from '../lib/pruneCache';
import { convertHtmlToHant } from './convertHtmlToHant';
import { convertTextToHant } from './convertTextToHant';
import { HANT_PREFIX } from './editions';
import type { TwinSite } from './twinUrl';

/** Built files that both editions share: the open data (one set of downloads), and the files for hosts and crawlers. */
const SHARED = [/^data\/.*(?<!\.html)$/, /^robots\.txt$/, /^_headers$/, /^sitemap[^/]*\.xml$/];
const HAS_HAN = /\p{Script=Han}/u;

export interface HantEditionSummary {
  pages: number;
  files: number;
  /** Files both editions use as they are (images without text, data downloads). */
  shared: number;
  bytes: number;
  /** Twins read back from the cache instead of converted (see buildHantEdition's `cache`). */
  cached: number;
}

/** Where the twins of earlier builds are kept, and what made them (the converter's code and content: see integrations/hantEdition). */
export interface TwinCache {
  dir: string;
  key: string;
}

function* walk(dir: string, rel = ''): Generator<string> {
  for (const entry of fs.readdirSync(path.join(dir, rel), { withFileTypes: true })) {
    const child = rel === '' ? entry.name : `${rel}/${entry.name}`;
    if (entry.isDirectory()) {
      if (rel === '' && (`${entry.name}/` === HANT_PREFIX || entry.name === 'pagefind')) continue;
      yield* walk(dir, child);
    } else yield child;
  }
}

/** Text, if the file is text (UTF-8 without NUL bytes); undefined for an image or other binary file. */
function readText(file: string): string | undefined {
  const bytes = fs.readFileSync(file);
  if (bytes.subarray(0, 8192).includes(0)) return undefined;
  const text = bytes.toString('utf8');
  return text.includes('\uFFFD') ? undefined : text;
}

/** Copies a cached twin to `target` and sets its time (its last use: pruneCache); false when it is gone (another build pruned it). */
function copyCached(file: string, target: string): boolean {
  try {
    fs.copyFileSync(file, target);
    const now = new Date();
    fs.utimesSync(file, now, now);
    return true;
  } catch {
    return false;
  }
}

/**
 * Writes the Traditional edition into `<siteDir>/zh-hant/` from the built Simplified site, file
 * by file, so that every route has its twin without code of its own, pages that do not exist yet
 * included. A file gets a twin unless both editions share it (SHARED, or a binary file such as an
 * image, unless a route of the edition drew its own under zh-hant/, as the social cards' does):
 * every page (convertHtmlToHant), every script (their relative imports must resolve among the
 * twins), and any other text file with Chinese in it (convertTextToHant). The twins are decided
 * first, so that each converted link knows whether its target has one.
 *
 * With `cache`, each twin is kept in `cache.dir` under a hash of what makes it: `cache.key` (the
 * converter's code and content), the site's origin and base, the set of twins (a link converts
 * differently once its target has one), the file's path and its Simplified text. A file whose
 * hash is there is copied back instead of converted: a second build with nothing changed
 * converts nothing (at 5,000 cases 45,000 files, about 50 s of the build's thread).
 */
export function buildHantEdition(siteDir: string, site: Omit<TwinSite, 'hasTwin'>, cache?: TwinCache): HantEditionSummary {
  const hantDir = path.join(siteDir, HANT_PREFIX);
  const drawn = new Set<string>();
  if (fs.existsSync(hantDir)) for (const rel of walk(hantDir)) drawn.add(`/${rel}`);
  // Only the paths: holding every text until the twins are written took the whole site's size in
  // memory (1.1 GB of text at 5,000 cases, twice that as JavaScript strings).
  const planned: string[] = [];
  let shared = 0;
  for (const rel of walk(siteDir)) {
    if (drawn.has(`/${rel}`)) continue;
    if (SHARED.some((pattern) => pattern.test(rel))) shared++;
    else if (rel.endsWith('.html')) planned.push(rel);
    else {
      const text = readText(path.join(siteDir, rel));
      if (text !== undefined && (rel.startsWith('_astro/') || HAS_HAN.test(text))) planned.push(rel);
      else shared++;
    }
  }
  const twins = new Set([...drawn, ...planned.map((rel) => `/${rel}`)]);
  const twinSite: TwinSite = { ...site, hasTwin: (filePath) => twins.has(filePath) };
  // A cache that cannot be read or written costs this build its time, not its twins: the files
  // are converted, and once a write fails nothing more is written to it.
  let cached: Set<string> | undefined;
  try {
    cached = cache ? pruneCache(cache.dir) : undefined;
  } catch {
    cached = undefined;
  }
  const buildKey = cache && cached && createHash('sha256').update(JSON.stringify([cache.key, site.origin, site.base, [...twins].sort()])).digest('hex');
  let pages = 0;
  let bytes = 0;
  let fromCache = 0;
  const made = new Set<string>();
  for (const rel of planned) {
    const source = fs.readFileSync(path.join(siteDir, rel));
    const extension = path.extname(rel);
    const target = path.join(hantDir, rel);
    const folder = path.dirname(target);
    if (!made.has(folder)) {
      fs.mkdirSync(folder, { recursive: true });
      made.add(folder);
    }
    if (extension === '.html') pages++;
    const name = buildKey && `${createHash('sha256').update(buildKey).update(`\0${rel}\0`).update(source).digest('hex').slice(0, 32)}${extension}`;
    if (cache && name && cached?.has(name) && copyCached(path.join(cache.dir, name), target)) {
      bytes += fs.statSync(target).size;
      fromCache++;
      continue;
    }
    const text = source.toString('utf8');
    let converted: string;
    if (extension === '.html') {
      const sitePath = rel === 'index.html' ? '/' : rel.endsWith('/index.html') ? `/${rel.slice(0, -'index.html'.length)}` : `/${rel}`;
      converted = convertHtmlToHant(text, sitePath, twinSite);
    } else converted = convertTextToHant(text, extension, twinSite);
    fs.writeFileSync(target, converted);
    bytes += Buffer.byteLength(converted);
    if (cache && name && cached) {
      // Written under another name first: a build reading the cache never sees half a file.
      const partial = partialPath(path.join(cache.dir, name));
      try {
        fs.writeFileSync(partial, converted, { flag: 'wx' });
        fs.renameSync(partial, path.join(cache.dir, name));
        cached.add(name);
      } catch {
        fs.rmSync(partial, { force: true });
        cached = undefined;
      }
    }
  }
  return { pages, files: planned.length, shared, bytes, cached: fromCache };
}
