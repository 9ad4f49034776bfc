import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { discardFolderContents } from './discardFolderContents';

describe('discardFolderContents', () => {
  it('empties the folder at once but for what it keeps, and deletes the old contents, and earlier leftovers, in the background', async () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'discard-'));
    try {
      const dist = path.join(root, 'dist');
      fs.mkdirSync(path.join(dist, 'cases', 'a'), { recursive: true });
      fs.writeFileSync(path.join(dist, 'cases', 'a', 'index.html'), '<p>旧</p>');
      fs.writeFileSync(path.join(dist, 'index.html'), '<p>旧</p>');
      fs.mkdirSync(path.join(dist, '.git'));
      fs.writeFileSync(path.join(dist, '.git', 'HEAD'), 'ref: refs/heads/gh-pages');
      // What an earlier build left when its deletion did not finish, and a folder that is not ours.
      fs.mkdirSync(path.join(root, '.dist.discarded-1-old'));
      fs.writeFileSync(path.join(root, '.dist.discarded-1-old', 'x.html'), '');
      fs.mkdirSync(path.join(root, 'other'));

      expect(discardFolderContents(dist, new Set(['.git']))).toBe(2);
      expect(fs.readdirSync(dist)).toEqual(['.git']);
      expect(fs.readFileSync(path.join(dist, '.git', 'HEAD'), 'utf8')).toBe('ref: refs/heads/gh-pages');

      const left = () => fs.readdirSync(root).sort();
      for (let waited = 0; waited < 20_000 && left().length > 2; waited += 50) await new Promise((resolve) => setTimeout(resolve, 50));
      expect(left()).toEqual(['dist', 'other']);
    } finally {
      fs.rmSync(root, { recursive: true, force: true });
    }
  });

  it('does nothing to a folder that is empty or not there', () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'discard-'));
    try {
      expect(discardFolderContents(path.join(root, 'dist'))).toBe(0);
      fs.mkdirSync(path.join(root, 'dist'));
      expect(discardFolderContents(path.join(root, 'dist'))).toBe(0);
      expect(fs.readdirSync(root)).toEqual(['dist']);
    } finally {
      fs.rmSync(root, { recursive: true, force: true });
    }
  });
});
