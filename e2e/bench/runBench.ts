// npm run bench: builds synthetic sites of 100, 1,000 and 5,000 cases (BENCH_SIZES=100,1000 to
// choose) from content made by generateContent.ts, and reports for each: build time, time per
// page, peak memory of the build process, the search index's size and the bytes one search
// fetches in Chromium. Nothing is written into the project; everything goes to a temp folder.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from '@playwright/test';
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

const rows: string[] = [];
for (const size of sizes) {
  const content = path.join(work, `content-${size}`);
  const outDir = path.join(work, `out-${size}`);
  generateContent(content, size);
  const run = spawnSync(process.execPath, [path.join('e2e', 'bench', 'buildOnce.ts'), outDir], {
    // A clean build: no card or poster is read back from an earlier one (IMAGE_CACHE_DIR empty).
    env: { ...process.env, CONTENT_DIR: content, IMAGE_CACHE_DIR: '', ASTRO_TELEMETRY_DISABLED: '1' },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (run.status !== 0) throw new Error(`build of ${size} cases failed:\n${run.stderr.slice(-4000)}`);
  const { ms, maxRssKb } = JSON.parse(run.stdout.trim().split('\n').at(-1) ?? '{}') as { ms: number; maxRssKb: number };
  const html = htmlPages(outDir);
  const pages = html.length;
  // The pages that show every event or figure on one page grow with the whole site, not per case.
  const largest = html.reduce((a, b) => (b.bytes > a.bytes ? b : a));
  const index = sizeOf(path.join(outDir, 'pagefind'));
  const bytes = await searchBytes(outDir);
  const row = `| ${size} | ${pages} | ${(ms / 1000).toFixed(1)} s | ${(ms / pages).toFixed(1)} ms | ${(maxRssKb / 1024).toFixed(0)} MB | ${(index / 1024 / 1024).toFixed(1)} MB | ${(bytes / 1024).toFixed(0)} KB | ${largest.file.replace(/index\.html$/, '')} ${(largest.bytes / 1024 / 1024).toFixed(1)} MB |`;
  rows.push(row);
  console.log(row);
  fs.rmSync(content, { recursive: true, force: true });
  fs.rmSync(outDir, { recursive: true, force: true });
}
console.log(`\n| cases | pages | build time | per page | peak memory (build process) | search index | bytes for one search (worst of ${queries.length}) | largest page (raw HTML) |\n|---|---|---|---|---|---|---|---|\n${rows.join('\n')}`);
fs.rmSync(work, { recursive: true, force: true });
