// npm run bench: builds synthetic sites of 100, 1,000 and 5,000 cases (BENCH_SIZES=100,1000 to
// choose) from content made by generateContent.ts, and reports for each: build time, time per
// page, peak memory of the build process, the gzipped HTML of the whole-site pages (/, /timeline/,
// /losses/), a second build with nothing changed and the build cache on against the first (which
// starts from an empty cache, so it is a clean build), the search index's size and the bytes one
// search fetches in Chromium. It fails when a whole-site page is over its gzip budget
// (benchBudgets.ts) and marks time, memory and the cache's effect when over their targets.
// BENCH_CACHED=0 skips the second build. BENCH_COMPARE=<commit> builds that commit's tree too
// (git archive into the temp folder, this project's node_modules linked in) on the same content,
// each size new then old, so both see the same machine: the side-by-side figures of BENCHMARKS.md. Nothing is written into the project; everything goes to
// a temp folder.
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from '@playwright/test';
import zlib from 'node:zlib';
import { BENCH_BUDGETS, wholeSiteGzipBudget } from './benchBudgets.ts';
import { generateContent } from './generateContent.ts';
import { serveStatic } from '../support/serveStatic.ts';

const sizes = (process.env['BENCH_SIZES'] ?? '100,1000,5000').split(',').map(Number);
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'xinren-bench-'));
const queries = ['合成案件', '补偿 法院', '定金'];

function sizeOf(dir: string): number {
  let total = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) total += fs.statSync(path.join(entry.parentPath, entry.name)).size;
  }
  return total;
}

function htmlPages(dir: string): { file: string; bytes: number }[] {
  return fs
    .readdirSync(dir, { recursive: true })
    .map(String)
    .filter((f) => f.endsWith('.html'))
    .map((file) => ({ file, bytes: fs.statSync(path.join(dir, file)).size }));
}

async function searchBytes(outDir: string): Promise<number> {
  const server = await serveStatic(outDir, '/');
  const browser = await chromium.launch({
    executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  let worst = 0;
  try {
    for (const query of queries) {
      const page = await browser.newPage();
      let bytes = 0;
      page.on('response', async (response) => {
        if (!response.url().includes('/pagefind/')) return;
        try {
          bytes += (await response.body()).length;
        } catch {
          /* a redirect or aborted response has no body */
        }
      });
      await page.goto(`${server.url}search/?q=${encodeURIComponent(query)}`, { waitUntil: 'networkidle' });
      await page.waitForTimeout(500);
      worst = Math.max(worst, bytes);
      await page.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return worst;
}

/**
 * The Node options `npm run build` gives a tree's build: its .npmrc's `node-options`, or none (trees
 * before 2026-12-02 had no .npmrc). The bench runs under npm, whose NODE_OPTIONS are this tree's:
 * an older tree must not be built with them.
 */
function nodeOptionsOf(root: string): string {
  const npmrc = path.join(root, '.npmrc');
  if (!fs.existsSync(npmrc)) return '';
  return /^node-options\s*=\s*(.*)$/m.exec(fs.readFileSync(npmrc, 'utf8'))?.[1]?.trim() ?? '';
}

/** Builds `content` into `outDir` in a child process: wall time, CPU time (trees since 2026-12-02) and the build process's peak memory. */
function buildSite(root: string, content: string, outDir: string, cacheDir: string): { ms: number; maxRssKb: number; cpuS?: number } {
  const run = spawnSync(process.execPath, [path.join('e2e', 'bench', 'buildOnce.ts'), outDir], {
    cwd: root,
    // CACHE_DIR holds every cache of this tree (images, Traditional twins, search indexes); trees
    // before it had only the image cache, at IMAGE_CACHE_DIR, which BENCH_COMPARE may build.
    env: { ...process.env, NODE_OPTIONS: nodeOptionsOf(root), CONTENT_DIR: content, CACHE_DIR: cacheDir, IMAGE_CACHE_DIR: path.join(cacheDir, 'images'), ASTRO_TELEMETRY_DISABLED: '1' },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (run.status !== 0) throw new Error(`build of ${content} failed:\n${run.stderr.slice(-4000)}`);
  return JSON.parse(run.stdout.trim().split('\n').at(-1) ?? '{}') as { ms: number; maxRssKb: number; cpuS?: number };
}

const gzipOf = (file: string) => (fs.existsSync(file) ? zlib.gzipSync(fs.readFileSync(file)).length : NaN);
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const over = (value: number, target: number) => (value > target ? ' ⚠ over target' : '');

const rows: string[] = [];
const sizeRows: string[] = [];
const failures: string[] = [];
const withCache = process.env['BENCH_CACHED'] !== '0';
const compare = process.env['BENCH_COMPARE'];
const designs: { name: string; root: string }[] = [{ name: 'new', root: process.cwd() }];
if (compare) {
  const root = path.join(work, 'baseline');
  fs.mkdirSync(root);
  execFileSync('tar', ['-x', '-C', root], { input: execFileSync('git', ['archive', '--format=tar', compare], { maxBuffer: 1 << 30 }) });
  fs.symlinkSync(path.resolve('node_modules'), path.join(root, 'node_modules'));
  designs.push({ name: `old ${compare}`, root });
}
const load = () => os.loadavg().map((n) => n.toFixed(1)).join(' ');
for (const size of sizes) for (const design of designs) {
  const content = path.join(work, `content-${size}`);
  const outDir = path.join(work, `out-${size}`);
  const cacheDir = path.join(work, `images-${size}`);
  if (!fs.existsSync(content)) generateContent(content, size);
  const loadBefore = load();
  const last = design === designs.at(-1);
  // The first build starts from an empty cache: every card and poster is drawn, every twin converted, both indexes made (a clean build).
  const { ms, maxRssKb, cpuS } = buildSite(design.root, content, outDir, cacheDir);
  const html = htmlPages(outDir);
  const pages = html.length;
  // The pages that show every event or figure on one page grow with the whole site, not per case.
  const largest = html.reduce((a, b) => (b.bytes > a.bytes ? b : a));
  const budget = wholeSiteGzipBudget(size);
  const gzips = BENCH_BUDGETS.wholeSitePages.map((page) => ({ page, bytes: gzipOf(path.join(outDir, page)), raw: fs.statSync(path.join(outDir, page)).size }));
  if (design.name === 'new') for (const { page, bytes } of gzips) if (!(bytes <= budget)) failures.push(`${size} cases: ${page} is ${bytes} B gzipped, over its budget of ${budget} B`);
  const index = sizeOf(path.join(outDir, 'pagefind'));
  const bytes = await searchBytes(outDir);
  // The second build: nothing changed, the cache the first one filled.
  const second = withCache ? buildSite(design.root, content, outDir, cacheDir) : undefined;
  const ratio = second ? second.ms / ms : NaN;
  const timeTarget = (BENCH_BUDGETS.buildSecondsAt5000 * BENCH_BUDGETS.traditionalEditionFactor * size) / 5000;
  const label = designs.length > 1 ? `${design.name}: ` : '';
  const row = `| ${label}${size} | ${pages} | ${(ms / 1000).toFixed(1)} s${over(ms / 1000, timeTarget)} | ${cpuS === undefined ? '—' : `${cpuS.toFixed(0)} s`} | ${(ms / pages).toFixed(1)} ms | ${(maxRssKb / 1024).toFixed(0)} MB${over(maxRssKb * 1024, BENCH_BUDGETS.peakMemoryBytes)} | ${second ? `${(second.ms / 1000).toFixed(1)} s (${(ratio * 100).toFixed(0)}%${over(ratio, BENCH_BUDGETS.cachedBuildRatio)}), ${(second.maxRssKb / 1024).toFixed(0)} MB` : '—'} | ${(index / 1024 / 1024).toFixed(1)} MB | ${(bytes / 1024).toFixed(0)} KB | ${largest.file.replace(/index\.html$/, '')} ${(largest.bytes / 1024 / 1024).toFixed(1)} MB | ${loadBefore} → ${load()} |`;
  rows.push(row);
  const sizeRow = `| ${label}${size} | ${gzips.map((g) => `${kb(g.bytes)} (${kb(g.raw)} raw)`).join(' | ')} | ${kb(budget)} |`;
  sizeRows.push(sizeRow);
  console.log(row);
  console.log(sizeRow);
  if (last) fs.rmSync(content, { recursive: true, force: true });
  fs.rmSync(outDir, { recursive: true, force: true });
  fs.rmSync(cacheDir, { recursive: true, force: true });
}
console.log(
  `\n| cases | pages | clean build | its CPU (build process) | per page | peak memory (build process) | second build, cache on (share of the first), peak memory | search index | bytes for one search (worst of ${queries.length}) | largest page (raw HTML) | load average (1, 5, 15 min) before → after |\n|---|---|---|---|---|---|---|---|---|---|---|\n${rows.join('\n')}`,
);
console.log(`\n| cases | ${BENCH_BUDGETS.wholeSitePages.map((p) => `\`/${p.replace(/index\.html$/, '')}\` gzip`).join(' | ')} | budget each |\n|---|${BENCH_BUDGETS.wholeSitePages.map(() => '---|').join('')}---|\n${sizeRows.join('\n')}`);
fs.rmSync(work, { recursive: true, force: true });
if (failures.length) {
  console.error(`\n${failures.join('\n')}`);
  process.exit(1);
}
