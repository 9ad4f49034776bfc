/**
 * Builds a generated site of SCALE_CASES cases (default 1,000; content from
 * e2e/bench/generateContent.ts, the benchmark's) under the fixture site's base path and serves it:
 * the browser tests of the whole-site pages as overviews (e2e/scale/) run on it. The build is kept
 * in .scale-site/ and reused while its content is the same (SCALE_REBUILD=1 builds it again).
 * Started by e2e/scale/playwright.config.ts: `node e2e/scale/serveScaleSite.ts <port>`.
 */
import { spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { generateContent } from '../bench/generateContent.ts';
import { serveStatic } from '../support/serveStatic.ts';
import { SCALE_SITE } from './scaleSiteAddress.ts';

const port = Number(process.argv[2]);
const outDir = path.resolve('.scale-site');
const content = fs.mkdtempSync(path.join(os.tmpdir(), 'xinren-scale-'));
generateContent(content, SCALE_SITE.cases);
// The build is the same while the site's code, the generator and the number of cases are: keyed by
// the committed files of src/ (their blob ids, documentation left out), the uncommitted changes to
// them, astro.config.mjs, the generator and the size.
const CODE = ['src', 'astro.config.mjs', 'e2e/bench/generateContent.ts', ':(exclude)*.md'];
const git = (...args: string[]) => spawnSync('git', args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }).stdout;
const code = (...args: string[]) => git(...args, ...(args[0] === 'diff' ? [] : ['--']), ...CODE);
const key = crypto
  .createHash('sha256')
  .update(`${code('ls-files', '-s')}\n${code('diff', 'HEAD', '--')}\n${SCALE_SITE.cases}`)
  .digest('hex');
const stamp = path.join(outDir, '.built-from');
if (process.env['SCALE_REBUILD'] === '1' || !fs.existsSync(stamp) || fs.readFileSync(stamp, 'utf8') !== key) {
  fs.rmSync(outDir, { recursive: true, force: true });
  const result = spawnSync(path.resolve('node_modules/.bin/astro'), ['build', '--outDir', outDir], {
    env: { ...process.env, PATH: `${path.resolve('node_modules/.bin')}${path.delimiter}${process.env['PATH'] ?? ''}`, CONTENT_DIR: content, SITE_URL: SCALE_SITE.origin, BASE_PATH: SCALE_SITE.base, ASTRO_TELEMETRY_DISABLED: '1' },
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    timeout: 900_000,
  });
  if (result.status !== 0) throw new Error(`scale site build failed:\n${result.stdout.slice(-4000)}${result.stderr.slice(-4000)}`);
  fs.writeFileSync(stamp, key);
}
fs.rmSync(content, { recursive: true, force: true });
const server = await serveStatic(outDir, SCALE_SITE.base, { port });
console.log(`scale site (${SCALE_SITE.cases} cases): ${server.url}`);
