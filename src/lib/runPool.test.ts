import { describe, expect, it } from 'vitest';
import { runPool } from './runPool';

const tick = () => new Promise((resolve) => setTimeout(resolve, 1));

describe('runPool', () => {
  it('runs every item, never more than the limit at once, starting them in order', async () => {
    const started: number[] = [];
    let running = 0;
    let most = 0;
    await runPool([1, 2, 3, 4, 5, 6, 7], 3, async (n) => {
      started.push(n);
      running++;
      most = Math.max(most, running);
      for (let i = 0; i < 8 - n; i++) await tick();
      running--;
    });
    expect(started).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(most).toBe(3);
  });

  it('takes items from the iterable only as places free', async () => {
    const taken: number[] = [];
    function* items() {
      for (let n = 1; n <= 4; n++) {
        taken.push(n);
        yield n;
      }
    }
    const seenAtStart: number[][] = [];
    await runPool(items(), 2, async () => {
      seenAtStart.push([...taken]);
      await tick();
    });
    expect(seenAtStart).toEqual([[1], [1, 2], [1, 2, 3], [1, 2, 3, 4]]);
  });

  it('starts nothing after a failure, and rejects once the running tasks have settled', async () => {
    const finished: number[] = [];
    const started: number[] = [];
    const run = runPool([1, 2, 3, 4, 5], 2, async (n) => {
      started.push(n);
      if (n === 2) throw new Error('two failed');
      await tick();
      await tick();
      finished.push(n);
    });
    await expect(run).rejects.toThrow('two failed');
    // 1 was running when 2 failed: it finished before the pool rejected; 3 may have started in 1's place, but no more.
    expect(finished).toContain(1);
    expect(started.length).toBeLessThanOrEqual(3);
    expect(finished).toEqual(started.filter((n) => n !== 2));
  });

  it('refuses a limit below one', async () => {
    await expect(runPool([1], 0, async () => undefined)).rejects.toThrow(RangeError);
  });
});
