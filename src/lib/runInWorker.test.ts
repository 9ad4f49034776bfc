import { describe, expect, it } from 'vitest';
import { prepareHtmlForIndex } from './prepareHtmlForIndex';
import { runInWorker } from './runInWorker';

// prepareHtmlForIndex imports './separateHanCharacters' without an extension, as all the source does.
const module = new URL('./prepareHtmlForIndex.ts', import.meta.url);

describe('runInWorker', () => {
  it('runs a source module of the project in a worker and returns what the function returns', async () => {
    const html = '<p>订单<b>取消</b></p>';
    expect(await runInWorker<typeof prepareHtmlForIndex>(module, 'prepareHtmlForIndex', [html])).toBe(prepareHtmlForIndex(html));
  });

  it("rejects with the function's own error", async () => {
    await expect(runInWorker<(html: unknown) => string>(module, 'prepareHtmlForIndex', [42])).rejects.toThrow(/^prepareHtmlForIndex \(in a worker\): TypeError: html\.replace is not a function/);
  });

  it('rejects when the module has no such function', async () => {
    await expect(runInWorker<() => void>(module, 'noSuchFunction', [])).rejects.toThrow(/prepareHtmlForIndex\.ts has no function noSuchFunction/);
  });
});
