import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { materialiseFixture } from '../../e2e/fixtures/materialiseFixture';

// The real `astro build`, run on fixtures. In one file: vitest runs files side by side, and two
// builds in one project at once share Astro's data store.

/** Builds the content folder `dir` into `outDir` with the build cache at `cacheDir` ('' for none). */
function astroBuild(dir: string, outDir: string, cacheDir = ''): { status: number | null; output: string } {
  const result = spawnSync(path.resolve('node_modules/.bin/astro'), ['build', '--outDir', outDir], {
    env: { ...process.env, CONTENT_DIR: dir, CACHE_DIR: cacheDir, ASTRO_TELEMETRY_DISABLED: '1' },
    encoding: 'utf8',
    timeout: 300_000,
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

/** Runs the real `astro build` on a broken fixture: it must stop, naming the file and field. */
function build(overlay: string): { status: number | null; output: string; dir: string } {
  const dir = materialiseFixture(overlay);
  return { ...astroBuild(dir, path.join(os.tmpdir(), `out-${overlay}`)), dir };
}

/** Every file of a built site, by its path, with the hash of its bytes. */
function siteFiles(outDir: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const entry of fs.readdirSync(outDir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    files[path.relative(outDir, file)] = createHash('sha256').update(fs.readFileSync(file)).digest('hex');
  }
  return files;
}

/** The pages a build's log says it rendered, and those it copied from the last build (Astro's incremental build). */
function routeLines(output: string): { rendered: string[]; kept: string[] } {
  // Colours off (Astro colours its log when CI is set), and a line's path may run into the next
  // line's time (Astro ends some lines later).
  const plain = output.replace(/\x1b\[[0-9;]*m/g, '');
  const lines = [...plain.matchAll(/[├└]─ (\/\S*?)(?=\d\d:\d\d:\d\d|\s|$)( \((?:cached|restored)\))?/g)];
  return { rendered: lines.filter((m) => !m[2]).map((m) => m[1] ?? ''), kept: lines.filter((m) => m[2]).map((m) => m[1] ?? '') };
}

describe('astro build with the build cache', () => {
  it('writes the same site, byte for byte, as a build without it: first filling the cache, then with every page, twin and both indexes from it, then after an edit', { timeout: 900_000 }, () => {
    const content = materialiseFixture();
    const work = fs.mkdtempSync(path.join(os.tmpdir(), 'build-cache-'));
    const cacheDir = path.join(work, 'cache');
    const builds = [['none', ''], ['first', cacheDir], ['second', cacheDir]].map(([name, cache]) => {
      const outDir = path.join(work, name ?? '');
      const result = astroBuild(content, outDir, cache);
      expect(result.status, result.output.slice(-3000)).toBe(0);
      return { output: result.output, files: siteFiles(outDir) };
    });
    const [none, first, second] = builds;
    expect(Object.keys(none?.files ?? {}).length).toBeGreaterThan(100);
    expect(first?.files).toEqual(none?.files);
    expect(second?.files).toEqual(none?.files);
    expect(first?.output).toMatch(/\(\d+(\.\d)? MB, 0 of them from the cache\)/);
    // The second build converted nothing and made no index.
    const [, twins, files] = second?.output.match(/Traditional edition: (\d+) pages and (\d+) other files \([\d.]+ MB, (\d+) of them from the cache\)/) ?? [];
    expect(second?.output).toContain(`${Number(twins) + Number(files)} of them from the cache`);
    expect(second?.output.match(/search index \(zh-Han[st]\).*, from the cache/g)).toHaveLength(2);
    // It rendered no page that a route lists (every case, card, poster, citation file): only the
    // few pages without getStaticPaths, which Astro renders every time.
    const { rendered, kept } = routeLines(second?.output ?? '');
    expect(kept.length).toBeGreaterThan(20);
    expect(kept).toContain('/cases/sample-case/index.html');
    expect(rendered.filter((page) => /^(\/zh-hant)?\/(cases|stories|sources|entities|og|posters)\/(?!index\.html$|logo\.png$)./.test(page))).toEqual([]);
    expect(rendered).toContain('/cases/index.html');
    expect(routeLines(first?.output ?? '').kept).toEqual([]);

    // A source's outlet changes: every page that names it (the case's notes among them) is made
    // anew, as a build without the cache makes it, though the case's own file did not change.
    const outlet = (text: string) => text.replace(/^outlet: .*$/m, 'outlet: 改过名的示例报');
    const sourceFile = path.join(content, 'sources', 'sample-source.yaml');
    fs.writeFileSync(sourceFile, outlet(fs.readFileSync(sourceFile, 'utf8')));
    const edited = [['edited-none', ''], ['edited', cacheDir]].map(([name, cache]) => {
      const outDir = path.join(work, name ?? '');
      const result = astroBuild(content, outDir, cache);
      expect(result.status, result.output.slice(-3000)).toBe(0);
      return { output: result.output, files: siteFiles(outDir), outDir };
    });
    expect(edited[1]?.files).toEqual(edited[0]?.files);
    expect(edited[1]?.files['cases/sample-case/index.html']).not.toBe(none?.files['cases/sample-case/index.html']);
    expect(fs.readFileSync(path.join(edited[1]?.outDir ?? '', 'cases/sample-case/index.html'), 'utf8')).toContain('改过名的示例报');
    fs.rmSync(work, { recursive: true, force: true });
  });
});

describe('astro build stops on bad content', () => {
  it.each([
    ['missing-field', 'cases/sample-case.mdx › summary: is missing (required)'],
    ['broken-reference', 'events/sample-case.yaml › "sample-order" (item 1) › sources[0]: refers to "no-such-source"'],
    ['bad-date', 'figures/sample-case.yaml › "sample-refund" (item 2) › date: "2025-02-30": 2025-02 has no day 30'],
    ['long-label', 'events/sample-case.yaml › "sample-reply" (item 2) › label: a chart label has at most 14 characters'],
    ['duplicate-id', 'events/sample-case.yaml › "sample-order" (item 1) › id: duplicate id "sample-order"'],
    ['citation-before-event', 'events/sample-case.yaml › "sample-ruling" (item 3) › sources[0]: cites "sample-source", published 2025-11-17, before the event'],
    ['clock-backwards', 'cases/sample-case.mdx › clock.response: Xiaomi\'s first response, "sample-reply" (2025-11-10), comes before the problem became public'],
    ['unsafe-markup', 'stories/sample-story.mdx:11: the event attribute "onerror=" is not allowed'],
    ['mdx-syntax', 'stories/sample-story.mdx:13: "<Chart": an MDX component is not rendered'],
    ['parent-cycle', 'entities/sample.yaml › "sample-company" (item 1) › parent: the chain of parents comes back to "sample-company"'],
    ['archived-before-published', 'sources/sample-source.yaml › archived.date: 2025-11-01 is before the source was published (2025-11-17)'],
    ['party-outside-case', 'events/sample-case.yaml › "sample-order" (item 1) › parties[0]: "sample-court" is not a party of case "sample-case"'],
    ['bad-synonyms', 'synonyms.yaml › "价格" (item 3) › words[1]: "示例" is already in "样品" (item 1)'],
    ['bad-hant-exceptions', 'hant-exceptions.yaml › "头发" (item 1) › hant: is what OpenCC writes anyway ("頭髮"), and keeps when converting it again: the entry fixes nothing'],
  ])('%s', (overlay, message) => {
    const { status, output, dir } = build(overlay);
    expect(status).not.toBe(0);
    expect(output).toContain('nothing was built');
    expect(output).toContain(`${dir}/${message}`);
  });
});
