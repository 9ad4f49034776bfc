// Builds the site as an earlier commit built it (the search engine to compare with), on today's
// content, for the search benchmark's side-by-side figures:
//   node e2e/bench/buildBaseline.ts [commit]     (default: BASELINE below)
// The commit's files are extracted (git archive, no checkout) into .bench/baseline/, with this
// project's node_modules linked in, and built into .bench/baseline/dist/. `npm run bench:search`
// then measures both.
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

/** The last commit before issue 13's engine (relaxed matching, synonyms, Traditional merge). */
const BASELINE = 'b6c4949';

const root = path.resolve(import.meta.dirname, '../..');
const ref = process.argv[2] ?? process.env['BENCH_BASELINE_REF'] ?? BASELINE;
const dir = path.join(root, '.bench', 'baseline');
fs.rmSync(dir, { recursive: true, force: true });
fs.mkdirSync(dir, { recursive: true });
const archive = execFileSync('git', ['archive', '--format=tar', ref], { cwd: root, maxBuffer: 1 << 30 });
execFileSync('tar', ['-x', '-C', dir], { input: archive });
fs.symlinkSync(path.join(root, 'node_modules'), path.join(dir, 'node_modules'));
const build = spawnSync('npm', ['run', 'build'], { cwd: dir, stdio: 'inherit', env: { ...process.env, CONTENT_DIR: path.join(root, 'content') } });
if (build.status !== 0) process.exit(build.status ?? 1);
fs.writeFileSync(path.join(dir, 'BASELINE'), `${execFileSync('git', ['rev-parse', ref], { cwd: root, encoding: 'utf8' }).trim()}\n`);
console.log(`baseline ${ref} built in ${path.relative(root, path.join(dir, 'dist'))}`);
