import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { queueImages } from './queueImages';
import { CARD_HEIGHT, CARD_WIDTH, IMAGE_FONTS } from './socialCard';
import { socialCardTree } from './socialCardTree';

const size = { width: CARD_WIDTH, height: CARD_HEIGHT };
const image = (title: string, made: string[]) => ({
  path: `/og/${title}.png`,
  size,
  tree: {
    key: `card ${title}`,
    family: IMAGE_FONTS.hans,
    make: () => {
      made.push(title);
      return socialCardTree({ path: '', kicker: '专题', title, meta: [] });
    },
  },
});
const isPng = (png: Uint8Array | undefined) => png !== undefined && String.fromCharCode(...png.slice(1, 4)) === 'PNG';

describe('queueImages', () => {
  it('draws every image at once, hands each out, and knows no other path', async () => {
    const made: string[] = [];
    const queue = queueImages([image('甲', made), image('乙', made)], {});
    // Both trees are made when the workers take them, before anyone asks.
    while (made.length < 2) await new Promise((resolve) => setTimeout(resolve, 10));
    expect(made).toEqual(['甲', '乙']);
    expect(isPng(await queue.take('/og/乙.png'))).toBe(true);
    expect(isPng(await queue.take('/og/甲.png'))).toBe(true);
    expect(queue.take('/og/丙.png')).toBeUndefined();
  });

  it('lets go of an image once taken: asked again, it draws it again (no cache)', async () => {
    const made: string[] = [];
    const queue = queueImages([image('再画', made)], {});
    const first = await queue.take('/og/再画.png');
    const again = await queue.take('/og/再画.png');
    expect(made).toEqual(['再画', '再画']);
    expect(again).toEqual(first);
  });

  it('with a cache, keeps the drawn image in the cache, not in memory, and reads it from there', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'queue-cache-'));
    try {
      const made: string[] = [];
      const queue = queueImages([image('缓存', made)], { cacheDir: dir });
      // Drawn before anyone asks: wait for it to land in the cache.
      const pngs = () => fs.readdirSync(dir).filter((f) => f.endsWith('.png'));
      while (pngs().length === 0) await new Promise((resolve) => setTimeout(resolve, 20));
      await new Promise((resolve) => setTimeout(resolve, 50));
      const [file] = pngs();
      expect(isPng(new Uint8Array(fs.readFileSync(path.join(dir, file ?? ''))))).toBe(true);
      // What the route gets is what the cache holds now, not bytes the build kept.
      fs.writeFileSync(path.join(dir, file ?? ''), new Uint8Array([7, 7, 7]));
      expect(await queue.take('/og/缓存.png')).toEqual(new Uint8Array([7, 7, 7]));
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('with every image cached (a second build), reads each one once, when its route takes it, and makes no tree', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'queue-cache-'));
    try {
      const first = queueImages([image('读一次', []), image('读一次二', [])], { cacheDir: dir });
      const drawn = [await first.take('/og/读一次.png'), await first.take('/og/读一次二.png')];
      const made: string[] = [];
      const read = vi.spyOn(fs.promises, 'readFile');
      try {
        const second = queueImages([image('读一次', made), image('读一次二', made)], { cacheDir: dir });
        await new Promise((resolve) => setTimeout(resolve, 100));
        expect(read).not.toHaveBeenCalled();
        expect([await second.take('/og/读一次.png'), await second.take('/og/读一次二.png')]).toEqual(drawn);
        expect(read).toHaveBeenCalledTimes(2);
        expect(made).toEqual([]);
      } finally {
        read.mockRestore();
      }
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('fails the route that takes an image that could not be drawn, and only when taken', async () => {
    const broken = { path: '/og/broken.png', size, tree: { key: 'broken', family: 'No Such Font', make: () => ({ type: 'div', props: { style: { fontFamily: 'No Such Font' }, children: '字' } }) as const } };
    const queue = queueImages([broken], {});
    await new Promise((resolve) => setTimeout(resolve, 200));
    await expect(queue.take('/og/broken.png')).rejects.toThrow(/No Such Font/);
  });
});
