/**
 * Builds the fixture site (e2e/fixtures/content with e2e/fixtures/site over it) under a base
 * path and its own origin, and serves it: the browser tests of the site's behaviour (timeline,
 * search UI, case pages, /losses/, the base path) run on it, so a correction to the real content
 * cannot break them. Started by playwright.config.ts as the `fixture` project's web server:
 * `node e2e/support/serveFixtureSite.ts <port>`.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { materialiseFixture } from '../fixtures/materialiseFixture.ts';
import { FIXTURE_SITE } from './fixtureSiteAddress.ts';
import { serveStatic } from './serveStatic.ts';

const port = Number(process.argv[2]);
const outDir = path.resolve('.fixture-site');
fs.rmSync(outDir, { recursive: true, force: true });
const result = spawnSync(path.resolve('node_modules/.bin/astro'), ['build', '--outDir', outDir], {
  // The project's own Node (the `node` dev dependency) first, whoever started this script.
  env: { ...process.env, PATH: `${path.resolve('node_modules/.bin')}${path.delimiter}${process.env['PATH'] ?? ''}`, CONTENT_DIR: materialiseFixture(undefined, { site: true }), SITE_URL: FIXTURE_SITE.origin, BASE_PATH: FIXTURE_SITE.base, ASTRO_TELEMETRY_DISABLED: '1' },
  encoding: 'utf8',
  timeout: 300_000,
});
if (result.status !== 0) throw new Error(`fixture site build failed:\n${result.stdout}${result.stderr}`);
const server = await serveStatic(outDir, FIXTURE_SITE.base, { port });
console.log(`fixture site: ${server.url}`);
