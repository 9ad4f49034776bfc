import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { pruneCache } from './pruneCache';

describe('pruneCache', () => {
  it('lists the finished files, leaves a file being written to its build, and deletes what no build used for 30 days or left half-written a day ago', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'prune-'));
    const write = (name: string, daysAgo: number) => {
      fs.writeFileSync(path.join(dir, name), name);
      const time = new Date(Date.now() - daysAgo * 864e5);
      fs.utimesSync(path.join(dir, name), time, time);
    };
    write('used.png', 29);
    write('unused.png', 31);
    write('used.png.12.abc.partial', 0);
    write('stopped.html.12.def.partial', 2);
    expect([...pruneCache(dir)]).toEqual(['used.png']);
    expect(fs.readdirSync(dir).sort()).toEqual(['used.png', 'used.png.12.abc.partial']);
    // Listed once per process: a file written since is added by its writer, not found here.
    write('later.png', 0);
    expect([...pruneCache(dir)]).toEqual(['used.png']);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('makes the folder when there is none', () => {
    const dir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'prune-')), 'images');
    expect(pruneCache(dir).size).toBe(0);
    expect(fs.statSync(dir).isDirectory()).toBe(true);
  });
});
