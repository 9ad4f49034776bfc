import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { describe, expect, it, vi } from 'vitest';
import { renderPng } from './renderPng';
import { hantCardTree } from './hantCardTree';
import { CARD_HEIGHT, CARD_WIDTH, IMAGE_FONTS } from './socialCard';
import { socialCardTree } from './socialCardTree';

describe('renderPng with socialCardTree', () => {
  it('renders a Chinese card as a 1200×630 PNG, with the bundled font and no download', async () => {
    const png = await renderPng(
      socialCardTree({ path: '', kicker: '案件档案 · 家电', title: '11.11元冰箱订单被“系统错误”取消', figure: { value: '30元', label: '补偿', date: '2025年11月15日' }, meta: ['进行中'] }),
      { width: CARD_WIDTH, height: CARD_HEIGHT },
    );
    const view = new DataView(png.buffer);
    expect([...png.slice(1, 4)].map((c) => String.fromCharCode(c)).join('')).toBe('PNG');
    expect([view.getUint32(16), view.getUint32(20)]).toEqual([CARD_WIDTH, CARD_HEIGHT]);
    // Text drawn as glyph outlines makes a card far larger than an empty one (≈3 KB).
    expect(png.byteLength).toBeGreaterThan(20_000);
  });
});

describe('renderPng with many images asked at once', () => {
  it('draws them all, each its own, though a worker holds only two at a time', async () => {
    const titles = Array.from({ length: 7 }, (_, i) => `排队的第${i + 1}张卡片`);
    const pngs = await Promise.all(titles.map((title) => renderPng(socialCardTree({ path: '', kicker: '专题', title, meta: [] }), { width: CARD_WIDTH, height: CARD_HEIGHT })));
    expect(new Set(pngs.map((png) => Buffer.from(png).toString('base64'))).size).toBe(7);
    // In the order asked: the same card drawn again alone is the same image.
    expect(await renderPng(socialCardTree({ path: '', kicker: '专题', title: titles[3] ?? '', meta: [] }), { width: CARD_WIDTH, height: CARD_HEIGHT })).toEqual(pngs[3]);
  });

  it('gives each worker the images of one script, and lets it help with the other when that queue is long', async () => {
    const post = vi.spyOn(Worker.prototype, 'postMessage');
    const familiesByWorker = () => {
      const given = new Map<unknown, Set<string>>();
      post.mock.calls.forEach(([message], i) => {
        const worker = post.mock.contexts[i];
        given.set(worker, (given.get(worker) ?? new Set()).add((message as { tree: { props: { style: { fontFamily: string } } } }).tree.props.style.fontFamily));
      });
      return [...given.values()].map((families) => [...families].sort().join(' + ')).sort();
    };
    const size = { width: CARD_WIDTH, height: CARD_HEIGHT };
    const hans = (i: number) => socialCardTree({ path: '', kicker: '专题', title: `简体第${i}张`, meta: [] });
    const two = Math.min(2, os.availableParallelism()) === 2;
    try {
      // Six of each script: no queue is ever longer than 8, so neither worker takes the other's.
      await Promise.all(Array.from({ length: 12 }, (_, i) => renderPng(i % 2 ? hantCardTree(hans(i), (text) => text) : hans(i), size)));
      expect(familiesByWorker()).toEqual(two ? ['Noto Sans SC', 'Noto Sans TC'] : ['Noto Sans SC + Noto Sans TC']);
      post.mockClear();
      // Twenty Simplified images alone: the Traditional worker helps while more than 8 wait.
      await Promise.all(Array.from({ length: 20 }, (_, i) => renderPng(hans(100 + i), size)));
      expect(familiesByWorker()).toEqual(two ? ['Noto Sans SC', 'Noto Sans SC'] : ['Noto Sans SC']);
    } finally {
      post.mockRestore();
    }
  });

  it('ends the workers once they have been idle for a second, and starts them again for the next image', async () => {
    const terminate = vi.spyOn(Worker.prototype, 'terminate');
    try {
      const card = (title: string) => renderPng(socialCardTree({ path: '', kicker: '专题', title, meta: [] }), { width: CARD_WIDTH, height: CARD_HEIGHT });
      const before = await Promise.all([card('闲下来之前'), card('闲下来之前二')]);
      expect(terminate).not.toHaveBeenCalled();
      await new Promise((resolve) => setTimeout(resolve, 1500));
      // Every worker ended (two on two cores or more).
      expect(terminate).toHaveBeenCalledTimes(Math.max(1, Math.min(2, os.availableParallelism())));
      // A new worker draws the same image.
      expect(await card('闲下来之前')).toEqual(before[0]);
    } finally {
      terminate.mockRestore();
    }
  });

  it('draws a tree laid out at one size at the scale asked (a poster: 1080×1920 drawn at 720×1280)', async () => {
    const png = await renderPng(socialCardTree({ path: '', kicker: '专题', title: '缩放', meta: [] }), { width: CARD_WIDTH, height: CARD_HEIGHT, scale: 0.5 });
    const view = new DataView(png.buffer);
    expect([view.getUint32(16), view.getUint32(20)]).toEqual([CARD_WIDTH / 2, CARD_HEIGHT / 2]);
  });
});

describe('renderPng with a cache folder', () => {
  const tree = (title: string) => socialCardTree({ path: '', kicker: '专题', title, meta: [] });
  const size = { width: CARD_WIDTH, height: CARD_HEIGHT };

  it('keeps each image under a hash of what it shows, and reads it back instead of drawing it again', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'png-cache-'));
    try {
      const first = await renderPng(tree('缓存的卡片'), size, { cacheDir: dir });
      const files = fs.readdirSync(dir);
      expect(files).toHaveLength(1);
      expect(files[0]).toMatch(/^[0-9a-f]{32}\.png$/);
      expect(new Uint8Array(fs.readFileSync(path.join(dir, files[0] ?? '')))).toEqual(first);
      // What is in the cache is what comes back: the same tree is not drawn again.
      const marker = new Uint8Array([1, 2, 3]);
      fs.writeFileSync(path.join(dir, files[0] ?? ''), marker);
      expect(await renderPng(tree('缓存的卡片'), size, { cacheDir: dir })).toEqual(marker);
      // Another title is another image.
      await renderPng(tree('另一张卡片'), size, { cacheDir: dir });
      expect(fs.readdirSync(dir)).toHaveLength(2);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('makes a lazy tree only to draw it: keeps the image under its key, and reads it back without making the tree', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'png-cache-'));
    try {
      const made: string[] = [];
      const lazy = (key: string, title: string) => ({
        key,
        family: IMAGE_FONTS.hans,
        make: () => {
          made.push(title);
          return tree(title);
        },
      });
      const first = await renderPng(lazy('甲的键', '懒的卡片'), size, { cacheDir: dir });
      expect(made).toEqual(['懒的卡片']);
      // The same image as the tree itself gives, under another name: a key is not a tree's hash.
      expect(await renderPng(tree('懒的卡片'), size)).toEqual(first);
      expect(fs.readdirSync(dir)).toHaveLength(1);
      // Asked again by its key: read back, its tree never made (whatever make() would return).
      expect(await renderPng(lazy('甲的键', '别的卡片'), size, { cacheDir: dir })).toEqual(first);
      expect(made).toEqual(['懒的卡片']);
      // Another key is another image, drawn from its own tree.
      await renderPng(lazy('乙的键', '乙的卡片'), size, { cacheDir: dir });
      expect(made).toEqual(['懒的卡片', '乙的卡片']);
      expect(fs.readdirSync(dir)).toHaveLength(2);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('fails the image whose lazy tree cannot be made, and draws the others', async () => {
    const broken = { key: 'broken', family: IMAGE_FONTS.hans, make: (): never => { throw new Error('no such case'); } };
    const [failed, drawn] = await Promise.allSettled([renderPng(broken, size), renderPng(tree('照画不误'), size)]);
    expect(failed).toMatchObject({ status: 'rejected', reason: { message: 'no such case' } });
    expect(drawn.status).toBe('fulfilled');
  });

  it('opens at most 16 cache files at once, however many cached images are asked for together', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'png-cache-'));
    const titles = Array.from({ length: 60 }, (_, i) => `同时要的第${i}张`);
    let open = 0;
    let most = 0;
    const read = fs.promises.readFile;
    try {
      // A first build fills the cache, and opens none of its files: it knows the folder is empty.
      const lookups = vi.spyOn(fs.promises, 'readFile');
      await Promise.all(titles.map((title) => renderPng(tree(title), size, { cacheDir: dir })));
      expect(lookups).not.toHaveBeenCalled();
      lookups.mockRestore();
      // A second asks for all 60 at once; each read takes a while.
      const spy = vi.spyOn(fs.promises, 'readFile').mockImplementation(async (...args: Parameters<typeof read>) => {
        open++;
        most = Math.max(most, open);
        await new Promise((resolve) => setTimeout(resolve, 5));
        open--;
        return read(...args);
      });
      await Promise.all(titles.map((title) => renderPng(tree(title), size, { cacheDir: dir })));
      expect(spy).toHaveBeenCalledTimes(60);
      expect(most).toBeGreaterThan(1);
      expect(most).toBeLessThanOrEqual(16);
      expect(fs.readdirSync(dir)).toHaveLength(60);
      spy.mockRestore();
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('deletes images no build has used for 30 days', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'png-cache-'));
    try {
      const old = path.join(dir, `${'0'.repeat(32)}.png`);
      fs.writeFileSync(old, 'old');
      const longAgo = new Date(Date.now() - 31 * 864e5);
      fs.utimesSync(old, longAgo, longAgo);
      await renderPng(tree('新的卡片'), size, { cacheDir: dir });
      expect(fs.existsSync(old)).toBe(false);
      expect(fs.readdirSync(dir)).toHaveLength(1);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
