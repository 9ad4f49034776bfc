import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buildHantEdition } from './buildHantEdition';
import { createHantConverter } from './createHantConverter';

/** Every file under `dir` with the hash of its bytes. */
function snapshot(dir: string): Map<string, string> {
  return new Map(
    fs
      .readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => {
        const file = path.join(entry.parentPath, entry.name);
        return [path.relative(dir, file), createHash('sha256').update(fs.readFileSync(file)).digest('hex')] as const;
      }),
  );
}

describe('buildHantEdition', () => {
  let dir = '';
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('writes only under zh-hant/, leaving every file of the Simplified site byte for byte as it was', () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hant-edition-'));
    const files: Record<string, string | Buffer> = {
      'index.html': '<!DOCTYPE html><html lang="zh-CN" data-base="/"><head><script type="module" src="/_astro/a.js"></script></head><body><a href="/cases/x/">案件后来</a></body></html>',
      'cases/x/index.html': '<!DOCTYPE html><html lang="zh-CN" data-base="/"><body><p>发货</p><a href="/data/events.csv">下载</a></body></html>',
      '_astro/a.js': 'export const m = "显示";',
      'data/events.csv': 'id,title\nx,发货\n',
      'feed.xml': '<feed xml:lang="zh-CN"><title>信任账本</title></feed>',
      'og/site.png': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]),
      'zh-hant/og/site.png': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 0, 0]),
    };
    for (const [rel, content] of Object.entries(files)) {
      fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
      fs.writeFileSync(path.join(dir, rel), content);
    }
    const before = snapshot(dir);
    const summary = buildHantEdition(dir, { convert: createHantConverter({ exceptions: [] }).convert, origin: 'https://x.example', base: '/' });
    const after = snapshot(dir);
    // Every file there was before is unchanged, and every new file is in the edition's folder.
    for (const [rel, hash] of before) expect(after.get(rel), rel).toBe(hash);
    expect([...after.keys()].filter((rel) => !before.has(rel) && !rel.startsWith(`zh-hant${path.sep}`))).toEqual([]);
    expect([...after.keys()].filter((rel) => !before.has(rel)).sort()).toEqual(['zh-hant/_astro/a.js', 'zh-hant/cases/x/index.html', 'zh-hant/feed.xml', 'zh-hant/index.html'].map((rel) => rel.split('/').join(path.sep)));
    expect(summary.pages).toBe(2);
    expect(fs.readFileSync(path.join(dir, 'zh-hant/index.html'), 'utf8')).toContain('<a href="/zh-hant/cases/x/">案件後來</a>');
    expect(fs.readFileSync(path.join(dir, 'zh-hant/cases/x/index.html'), 'utf8')).toContain('<a href="/data/events.csv">下載</a>');
  });

  it('with a cache, copies back the twins of files that did not change, and converts anew a changed file and every page whose links changed', () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hant-edition-'));
    const cacheDir = path.join(dir, 'cache');
    const siteDir = path.join(dir, 'site');
    const write = (rel: string, text: string) => {
      fs.mkdirSync(path.dirname(path.join(siteDir, rel)), { recursive: true });
      fs.writeFileSync(path.join(siteDir, rel), text);
    };
    write('index.html', '<html lang="zh-CN" data-base="/"><body><a href="/cases/x/">案件后来</a><a href="/cases/y/">另一案</a></body></html>');
    write('cases/x/index.html', '<html lang="zh-CN" data-base="/"><body><p>发货</p></body></html>');
    const converted: string[] = [];
    const { convert } = createHantConverter({ exceptions: [] });
    const site = { convert: (text: string) => (converted.push(text), convert(text)), origin: 'https://x.example', base: '/' };
    const build = (key = 'v1') => {
      converted.length = 0;
      fs.rmSync(path.join(siteDir, 'zh-hant'), { recursive: true, force: true });
      return buildHantEdition(siteDir, site, { dir: cacheDir, key });
    };
    const twins = () => snapshot(path.join(siteDir, 'zh-hant'));

    const first = build();
    expect(first).toMatchObject({ pages: 2, cached: 0 });
    const made = twins();
    expect(converted.length).toBeGreaterThan(0);

    // Nothing changed: every twin copied back, byte for byte, and nothing converted.
    expect(build()).toMatchObject({ pages: 2, cached: 2, bytes: first.bytes });
    expect(converted).toEqual([]);
    expect(twins()).toEqual(made);

    // One page changed: only it is converted.
    write('cases/x/index.html', '<html lang="zh-CN" data-base="/"><body><p>已发货</p></body></html>');
    expect(build()).toMatchObject({ cached: 1 });
    expect(fs.readFileSync(path.join(siteDir, 'zh-hant/cases/x/index.html'), 'utf8')).toContain('已發貨');

    // A new page gives /cases/y/ a twin: the home page's link to it changes, so every page is converted anew.
    write('cases/y/index.html', '<html lang="zh-CN" data-base="/"><body><p>另一案</p></body></html>');
    expect(build()).toMatchObject({ pages: 3, cached: 0 });
    expect(fs.readFileSync(path.join(siteDir, 'zh-hant/index.html'), 'utf8')).toContain('<a href="/zh-hant/cases/y/">');

    // Another converter (its key), another origin: converted anew.
    expect(build('v2')).toMatchObject({ cached: 0 });
    expect(buildHantEdition(siteDir, { ...site, origin: 'https://y.example' }, { dir: cacheDir, key: 'v2' })).toMatchObject({ cached: 0 });
  });
});
