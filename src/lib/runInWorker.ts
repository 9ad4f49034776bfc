import { Worker } from 'node:worker_threads';

/**
 * The worker: lets Node load this project's TypeScript as the build does (Node strips the types;
 * a relative import without an extension, the project's convention, is tried with `.ts`), then
 * calls the export and posts back what it returns.
 */
const WORKER = `
const { registerHooks } = require('node:module');
const { parentPort, workerData } = require('node:worker_threads');
registerHooks({
  resolve(specifier, context, next) {
    if (/^\\.\\.?\\//.test(specifier) && !/\\.[cm]?[jt]s$/.test(specifier)) {
      try { return next(specifier + '.ts', context); } catch {}
    }
    return next(specifier, context);
  },
});
(async () => {
  try {
    const module = await import(workerData.module);
    const run = module[workerData.name];
    if (typeof run !== 'function') throw new Error(workerData.module + ' has no function ' + workerData.name);
    parentPort.postMessage({ value: await run(...workerData.args) });
  } catch (error) {
    parentPort.postMessage({ error: String((error && error.stack) || error) });
  }
})();
`;

/**
 * Calls the function `name` exported by the module at `module` (a file: URL of one of this
 * project's source files) with `args` in a worker thread of its own, and resolves with what it
 * returns (arguments and result cross by structured clone: data, no functions). The build's own
 * heap after the pages is about 1 GB, so that V8 let the garbage of a long step grow it by 1.5 GB
 * before collecting (the search index at 5,000 cases); a worker starts with an empty heap, runs on
 * a core of its own, and gives its memory back when it ends. Rejects with the function's error.
 */
export function runInWorker<F extends (...args: never[]) => unknown>(module: URL, name: string, args: Parameters<F>): Promise<Awaited<ReturnType<F>>> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER, { eval: true, workerData: { module: module.href, name, args } });
    let settled = false;
    worker.once('message', (message: { value?: Awaited<ReturnType<F>>; error?: string }) => {
      settled = true;
      if (message.error === undefined) resolve(message.value as Awaited<ReturnType<F>>);
      else reject(new Error(`${name} (in a worker): ${message.error}`));
      void worker.terminate();
    });
    worker.once('error', (error) => {
      settled = true;
      reject(error);
    });
    worker.once('exit', (code) => {
      if (!settled) reject(new Error(`${name} (in a worker): the worker stopped (exit code ${code}) without an answer`));
    });
  });
}
