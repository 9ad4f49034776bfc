import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { NewFileResponse, NewIndexResponse, PagefindIndex, WriteFilesResponse } from 'pagefind';
import { describe, expect, it, vi } from 'vitest';
import { buildSearchIndex, type PagefindApi } from './buildSearchIndex';

/** A built site of two indexable pages and one that is not. */
function site(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'search-index-'));
  const page = (text: string) => `<html><body><main data-pagefind-body><p>${text}</p><ul data-search-terms><li>罗女士</li></ul></main></body></html>`;
  fs.mkdirSync(path.join(dir, 'cases', 'a'), { recursive: true });
  fs.mkdirSync(path.join(dir, 'cases', 'b'), { recursive: true });
  fs.writeFileSync(path.join(dir, 'cases', 'a', 'index.html'), page('冰箱订单'));
  fs.writeFileSync(path.join(dir, 'cases', 'b', 'index.html'), page('萬能的大熊'));
  fs.writeFileSync(path.join(dir, 'index.html'), '<html><body><p>首页</p></body></html>');
  return dir;
}

/** Pagefind's API, recording what it is asked; `fail` makes one step answer with errors. */
function fakePagefind(fail?: 'start' | 'add' | 'write') {
  const added: { sourcePath: string; content: string }[] = [];
  const close = vi.fn(async () => null);
  const index = {
    addHTMLFile: vi.fn(async (file: { sourcePath?: string; content: string }): Promise<NewFileResponse> => {
      added.push({ sourcePath: file.sourcePath ?? '', content: file.content });
      return fail === 'add' && file.sourcePath?.includes('b') ? { errors: ['no closing tag'], file: { url: '', meta: {}, uniqueWords: 0 } } : { errors: [], file: { url: '', meta: {}, uniqueWords: 0 } };
    }),
    writeFiles: vi.fn(async (options?: { outputPath?: string }): Promise<WriteFilesResponse> => {
      if (fail === 'write') return { errors: ['disk full'], outputPath: '' };
      fs.mkdirSync(options?.outputPath ?? '', { recursive: true });
      return { errors: [], outputPath: options?.outputPath ?? '' };
    }),
  } as unknown as PagefindIndex;
  const api: PagefindApi = {
    createIndex: vi.fn(async (): Promise<NewIndexResponse> => (fail === 'start' ? { errors: ['no binary'] } : { errors: [], index })),
    close,
  };
  return { api, added, close, index };
}

describe('buildSearchIndex', () => {
  it('gives Pagefind every indexable page with its Chinese characters apart, writes the lexicon, and closes Pagefind', async () => {
    const dir = site();
    const { api, added, close } = fakePagefind();
    const summary = await buildSearchIndex(dir, { pagefind: api, synonyms: [['砍单', '取消订单']] });
    expect(added.map((a) => a.sourcePath)).toEqual([path.join('cases', 'a', 'index.html'), path.join('cases', 'b', 'index.html')]);
    expect(added[0]?.content).toContain('冰\u2009箱');
    expect(summary.pages).toBe(2);
    const lexicon = JSON.parse(fs.readFileSync(path.join(dir, 'pagefind', 'lexicon.json'), 'utf8'));
    expect(lexicon).toMatchObject({ pages: 2, synonyms: [['砍单', '取消订单']], words: ['罗女士'] });
    expect(close).toHaveBeenCalledTimes(1);
  });

  it.each([
    ['start', 'Pagefind could not start: no binary'],
    ['add', `Pagefind could not index ${path.join('cases', 'b', 'index.html')}`],
    ['write', 'Pagefind could not write its files: disk full'],
  ] as const)('stops with Pagefind’s message when it cannot %s, and still closes it', async (step, message) => {
    const dir = site();
    const { api, close, index } = fakePagefind(step);
    await expect(buildSearchIndex(dir, { pagefind: api })).rejects.toThrow(message);
    expect(close).toHaveBeenCalledTimes(1);
    if (step === 'add') expect(index.writeFiles).not.toHaveBeenCalled();
    expect(fs.existsSync(path.join(dir, 'pagefind', 'lexicon.json'))).toBe(false);
  });

  it('with a cache, copies the last index back when nothing it is made from changed, and makes it anew when a page or an option did', async () => {
    const dir = site();
    const cacheDir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'search-cache-')), 'hans');
    const first = fakePagefind();
    const made = await buildSearchIndex(dir, { pagefind: first.api, synonyms: [['砍单', '取消订单']], cacheDir });
    expect(made.cached).toBeUndefined();
    expect(first.api.createIndex).toHaveBeenCalledTimes(1);
    const lexicon = fs.readFileSync(path.join(dir, 'pagefind', 'lexicon.json'), 'utf8');

    // The next build wrote the same pages: the index comes from the cache, Pagefind is not started.
    fs.rmSync(path.join(dir, 'pagefind'), { recursive: true });
    const second = fakePagefind();
    const copied = await buildSearchIndex(dir, { pagefind: second.api, synonyms: [['砍单', '取消订单']], cacheDir });
    expect(second.api.createIndex).not.toHaveBeenCalled();
    expect(copied).toEqual({ ...made, cached: true });
    expect(fs.readFileSync(path.join(dir, 'pagefind', 'lexicon.json'), 'utf8')).toBe(lexicon);

    // Another synonym, then one page changed: made anew each time.
    const third = fakePagefind();
    await buildSearchIndex(dir, { pagefind: third.api, synonyms: [['砍单', '退订']], cacheDir });
    expect(third.api.createIndex).toHaveBeenCalledTimes(1);
    fs.appendFileSync(path.join(dir, 'cases', 'a', 'index.html'), '<!-- -->');
    const fourth = fakePagefind();
    const remade = await buildSearchIndex(dir, { pagefind: fourth.api, synonyms: [['砍单', '退订']], cacheDir });
    expect(fourth.api.createIndex).toHaveBeenCalledTimes(1);
    expect(remade.cached).toBeUndefined();
    // One index is kept: the last one.
    expect(fs.readdirSync(cacheDir)).toHaveLength(1);
  });

  it('keeps no index in the cache when making it failed', async () => {
    const dir = site();
    const cacheDir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'search-cache-')), 'hans');
    await expect(buildSearchIndex(dir, { pagefind: fakePagefind('write').api, cacheDir })).rejects.toThrow('disk full');
    expect(fs.existsSync(cacheDir) ? fs.readdirSync(cacheDir) : []).toEqual([]);
    const next = fakePagefind();
    await buildSearchIndex(dir, { pagefind: next.api, cacheDir });
    expect(next.api.createIndex).toHaveBeenCalledTimes(1);
  });
});
