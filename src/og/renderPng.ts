import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { fonts as scFonts } from '@embedpdf/fonts-sc';
import { fonts as tcFonts } from '@embedpdf/fonts-tc';
import { partialPath } from '../lib/partialPath';
import { pruneCache } from '../lib/pruneCache';
import { encodePng } from './encodePng';
import { IMAGE_FONTS, type CardNode } from './socialCard';

const require = createRequire(import.meta.url);

/**
 * The worker: satori lays the card out and turns its text into paths; resvg rasterises the SVG;
 * encodePng writes the PNG. All CPU work (25–45 ms a card); in a worker it runs
 * beside the page rendering instead of holding it up, which at 5,000 cases is minutes.
 * Fonts: Noto Sans SC for the Simplified edition's cards, Noto Sans TC (Traditional glyph forms,
 * Taiwan's standard) for the Traditional edition's (OpenType/CFF from @embedpdf/fonts-sc and
 * fonts-tc; satori reads OTF/TTF, not woff2, and uses only the first font of a family, so each
 * script is a family of its own), regular and bold, each family read once per worker when a tree
 * first names it (its root's fontFamily). resvg does not scan the system's fonts: all text is
 * already paths, and the scan alone more than doubled its time. encodePng's source is part of the
 * worker's; resvg's own encoder cost more than the drawing.
 */
const WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
const fs = require('node:fs');
const zlib = require('node:zlib');
const encodePng = ${encodePng.toString()};
(async () => {
  // Resolved to whichever entry (ESM or CommonJS) the package gives require(): take the function
  // from either shape.
  const satoriModule = await import(workerData.satori);
  const satori = typeof satoriModule.default === 'function' ? satoriModule.default : satoriModule.default.default;
  const resvgModule = await import(workerData.resvg);
  const Resvg = resvgModule.Resvg ?? resvgModule.default.Resvg;
  const loaded = new Map();
  const fontsOf = (family) => {
    if (!loaded.has(family)) {
      const files = workerData.families[family];
      if (!files) throw new Error('no fonts for the family ' + family);
      loaded.set(family, files.map((f) => ({ name: family, data: fs.readFileSync(f.file), weight: f.weight, style: 'normal' })));
    }
    return loaded.get(family);
  };
  // One card at a time: satori is asynchronous, and thousands of cards queued at once would
  // otherwise all be laid out together (at 5,000 cases, 20 GB of memory).
  let queue = Promise.resolve();
  // Each rendered card holds a 3 MB pixmap in native memory that V8 does not see, so the worker's
  // small JavaScript heap never prompts a collection: without this, 5,000 cards kept 15 GB alive.
  // Before each image, the last one's objects are collected (the same trick as node --expose-gc,
  // enabled from inside): a minor collection, which finds them still young, and a full one every
  // 25 images; then, every 5 images, the event loop turns so that the finalizers free the pixmaps.
  // A full collection every 25 images alone let the pixmaps of up to 25 pile up: measured on
  // posters, the worker's peak was 470–490 MB that way and 313–315 MB this way, at the same speed.
  require('node:v8').setFlagsFromString('--expose-gc');
  const collect = require('node:vm').runInNewContext('gc');
  let rendered = 0;
  parentPort.on('message', ({ id, tree, size }) => {
    queue = queue.then(async () => {
      if (++rendered % 25 === 0) collect();
      else collect({ type: 'minor' });
      if (rendered % 5 === 0) {
        // Native memory is released by finalizers that run on a later turn of the event loop,
        // which a chain of promises alone never reaches.
        await new Promise((resolve) => setImmediate(resolve));
      }
      try {
        const svg = await satori(tree, { width: size.width, height: size.height, fonts: fontsOf(tree.props.style.fontFamily) });
        // Drawn at the tree's own size, or scaled (a poster: laid out on 1080×1920, drawn at 720×1280).
        const fitTo = size.scale ? { mode: 'zoom', value: size.scale } : { mode: 'original' };
        const image = new Resvg(svg, { fitTo, font: { loadSystemFonts: false } }).render();
        // resvg's pixels have their alpha premultiplied; the cards are opaque, where that is the same.
        const bytes = encodePng(image.width, image.height, image.pixels, zlib);
        parentPort.postMessage({ id, png: bytes }, [bytes.buffer]);
      } catch (error) {
        parentPort.postMessage({ id, error: String(error && error.stack || error) });
      }
    });
  });
})();
`;

/** The size a tree is laid out at, and the scale it is drawn at (1 when not given): the PNG is width × scale by height × scale. */
export interface ImageSize {
  width: number;
  height: number;
  scale?: number | undefined;
}

/**
 * A tree made only when it is drawn: `key` says what decides it (the content it is made from and
 * the code that makes it, og/imageTreeKey), and the image is cached under it instead of under a
 * hash of the tree, so that a cached image's tree is never made, and one that waits for a worker
 * is not held (at 5,000 cases the trees of the 20,200 images queued at the start of the routes
 * held about 0.4 GB, and making them cost a second build ~10 s, most of it the posters' QR codes).
 * `family` is the font family its root will name, which decides the worker that draws it.
 */
export interface LazyTree {
  key: string;
  family: string;
  make: () => CardNode;
}

/** A tree, or one to be made when drawn. */
export type TreeSource = CardNode | LazyTree;

function isLazy(tree: TreeSource): tree is LazyTree {
  return 'make' in tree;
}

interface Job {
  tree: TreeSource;
  size: ImageSize;
  resolve: (png: Uint8Array<ArrayBuffer>) => void;
  reject: (error: Error) => void;
}

/**
 * Images a worker holds at once. The rest wait here, on the build's side: posted all at once,
 * the 20,000 images of a 5,000-case site (both editions) sat as message trees in the worker's
 * heap, which every one of its collections (one per 25 images, below) then had to walk.
 */
const IN_FLIGHT = 2;

interface Slot {
  worker: Worker;
  /** The jobs this worker is drawing, by id. */
  busy: Map<number, Job>;
  /** The font family whose images this worker draws first (nextJob). */
  family: string;
  /** Set while the worker has nothing to do: it ends when this fires. */
  idle?: NodeJS.Timeout | undefined;
}

/**
 * A worker with nothing to draw for this long ends, and gives back its memory (300–450 MB: its
 * script's fonts and satori's heap). In a build the images are drawn before the last pages are
 * rendered; without this the workers' memory stayed through the Traditional conversion and the
 * search index, the build's peak (at 5,000 cases 4.2 GB). A later image starts a worker anew.
 */
const IDLE_MS = 1000;

let pool: Slot[] | undefined;
/** Jobs no worker has yet, by font family (the tree root's fontFamily), oldest first. */
let waiting = new Map<string, Job[]>();

/**
 * Each worker draws one script's images (the i-th worker the i-th family of FAMILIES) and reads
 * only that script's fonts: a worker that read both held ~120–220 MB more. It takes another
 * script's image only when none of its own waits and that script's queue is longer than this
 * (its own worker is behind), or when no worker draws that script.
 */
const STEAL_ABOVE = 8;
const FAMILIES = [IMAGE_FONTS.hans, IMAGE_FONTS.hant] as const;

function familyOf(tree: TreeSource): string {
  if (isLazy(tree)) return tree.family;
  return tree.type === 'div' ? String(tree.props.style['fontFamily'] ?? '') : '';
}

/** The next job for `slot`: its own family's first, else one it may take from another family. */
function nextJob(slot: Slot): Job | undefined {
  const own = waiting.get(slot.family);
  if (own?.length) return own.shift();
  for (const [family, jobs] of waiting) {
    const drawn = pool?.some((other) => other.family === family) ?? false;
    if (jobs.length > (drawn ? STEAL_ABOVE : 0)) return jobs.shift();
  }
  return undefined;
}
let lastId = 0;

/** Gives each worker jobs from the front of the queue, up to IN_FLIGHT; a worker with none lets the process exit. */
function dispatch(): void {
  for (const slot of pool ?? []) {
    let job: Job | undefined;
    while (slot.busy.size < IN_FLIGHT && (job = nextJob(slot))) {
      let tree: CardNode;
      try {
        tree = isLazy(job.tree) ? job.tree.make() : job.tree;
      } catch (error) {
        job.reject(error instanceof Error ? error : new Error(String(error)));
        continue;
      }
      const id = ++lastId;
      slot.busy.set(id, job);
      slot.worker.postMessage({ id, tree, size: job.size });
    }
    if (slot.busy.size) {
      slot.worker.ref();
      clearTimeout(slot.idle);
      slot.idle = undefined;
    } else {
      slot.worker.unref();
      slot.idle ??= setTimeout(() => retire(slot), IDLE_MS).unref();
    }
  }
}

/** Ends an idle worker and takes it out of the pool. */
function retire(slot: Slot): void {
  slot.idle = undefined;
  if (slot.busy.size) return;
  pool = pool?.filter((other) => other !== slot);
  void slot.worker.terminate();
}

function workers(): Slot[] {
  const count = Math.max(1, Math.min(2, os.availableParallelism()));
  if (pool && pool.length === count) return pool;
  const family = (name: string, files: readonly { file: string; weight: number }[]) => {
    const dir = path.join(path.dirname(require.resolve(name)), '..', 'fonts');
    return ([400, 700] as const).map((weight) => {
      const file = files.find((f) => f.weight === weight)?.file;
      if (!file) throw new Error(`${name} has no font of weight ${weight}`);
      return { file: path.join(dir, file), weight };
    });
  };
  const workerData = {
    satori: pathToFileURL(require.resolve('satori')).href,
    resvg: pathToFileURL(require.resolve('@resvg/resvg-js')).href,
    families: { [FAMILIES[0]]: family('@embedpdf/fonts-sc', scFonts), [FAMILIES[1]]: family('@embedpdf/fonts-tc', tcFonts) },
  };
  // Two workers, also on two cores: the pages are rendered long before the images are drawn (at
  // 1,000 cases 30 s of pages, 120 s of images in one worker), so that the build's main thread
  // waits for the images with a core idle unless a second worker draws beside the first.
  const start = (family: string): Slot => {
    const slot: Slot = { worker: new Worker(WORKER, { eval: true, workerData }), busy: new Map(), family };
    slot.worker.on('message', (message: { id: number; png?: Uint8Array<ArrayBuffer>; error?: string }) => {
      const job = slot.busy.get(message.id);
      slot.busy.delete(message.id);
      dispatch();
      if (!job) return;
      if (message.png) job.resolve(message.png);
      else job.reject(new Error(`social card: ${message.error}`));
    });
    // A worker that fails fails its jobs and everything still waiting, and leaves the pool: the
    // next image asked for starts a new one (the dev server goes on).
    slot.worker.on('error', (error) => {
      for (const job of [...slot.busy.values(), ...[...waiting.values()].flat()]) job.reject(error);
      slot.busy.clear();
      clearTimeout(slot.idle);
      waiting = new Map();
      pool = pool?.filter((other) => other !== slot);
    });
    // Workers must not keep the build's process alive once every card is done.
    slot.worker.unref();
    return slot;
  };
  // A worker that ended (idle, or failed) is replaced by one for the family no worker draws.
  const missing = FAMILIES.filter((family) => !pool?.some((slot) => slot.family === family)).slice(0, count - (pool?.length ?? 0));
  pool = [...(pool ?? []), ...missing.map(start)];
  return pool;
}

/**
 * What the renderer is: the worker's code (encodePng's with it) and the versions of satori, resvg
 * and the font packages. Part of every cache key, so that a new renderer draws every image anew.
 */
function rendererKey(): string {
  const version = (file: string) => (JSON.parse(fs.readFileSync(file, 'utf8')) as { version: string }).version;
  return JSON.stringify({
    worker: WORKER,
    satori: version(require.resolve('satori/package.json')),
    resvg: version(require.resolve('@resvg/resvg-js/package.json')),
    // The font packages do not export their package.json: it is two folders above the entry.
    fonts: ['@embedpdf/fonts-sc', '@embedpdf/fonts-tc'].map((name) => version(path.join(path.dirname(require.resolve(name)), '..', 'package.json'))),
  });
}
let renderer: string | undefined;

/** Renders an element tree to a PNG in a worker (see WORKER above), in the order asked. */
function render(tree: TreeSource, size: ImageSize): Promise<Uint8Array<ArrayBuffer>> {
  workers();
  return new Promise((resolve, reject) => {
    const family = familyOf(tree);
    const jobs = waiting.get(family) ?? [];
    if (jobs.length === 0) waiting.set(family, jobs);
    jobs.push({ tree, size, resolve, reject });
    dispatch();
  });
}

/**
 * Renders an element tree to a PNG at build time, in a worker thread. With `cacheDir`, the PNG
 * is kept there under a hash of the tree (or a lazy tree's key), the size and the renderer (rendererKey): an image whose
 * content did not change since an earlier build is read back instead of drawn (a poster costs
 * ≈ 0.2 s of the worker's time, a card ≈ 40 ms; reading either back, under a millisecond).
 */
export function renderPng(tree: TreeSource, size: ImageSize, options: RenderOptions & { readLater: true }): Promise<() => Promise<Uint8Array<ArrayBuffer>>>;
export function renderPng(tree: TreeSource, size: ImageSize, options?: RenderOptions): Promise<Uint8Array<ArrayBuffer>>;
export function renderPng(tree: TreeSource, size: ImageSize, options: RenderOptions = {}): Promise<Uint8Array<ArrayBuffer> | (() => Promise<Uint8Array<ArrayBuffer>>)> {
  return options.readLater ? renderLater(tree, size, options.cacheDir) : renderNow(tree, size, options.cacheDir);
}

/** renderPng: the PNG's bytes. */
async function renderNow(tree: TreeSource, size: ImageSize, dir: string | undefined): Promise<Uint8Array<ArrayBuffer>> {
  if (!dir) return render(tree, size);
  const { file, png } = await ensureCached(tree, size, dir);
  return png ?? (await readCached(file)) ?? render(tree, size);
}

/**
 * renderPng with readLater: a function that reads the PNG. It is made by a function of its own
 * (fileReader), so that it holds the cache file's name and nothing else: a closure made here
 * would keep this call's scope, the tree among it, alive until the route takes the image (at
 * 5,000 cases, the trees of all 20,200 images, about 0.4 GB).
 */
async function renderLater(tree: TreeSource, size: ImageSize, dir: string | undefined): Promise<() => Promise<Uint8Array<ArrayBuffer>>> {
  if (!dir) return bytesReader(await render(tree, size));
  return fileReader((await ensureCached(tree, size, dir)).file);
}

function bytesReader(png: Uint8Array<ArrayBuffer>): () => Promise<Uint8Array<ArrayBuffer>> {
  return () => Promise.resolve(png);
}

function fileReader(file: string): () => Promise<Uint8Array<ArrayBuffer>> {
  return async () => {
    const png = await readCached(file);
    if (!png) throw new Error(`social card: the cached image ${file} could not be read`);
    return png;
  };
}

export interface RenderOptions {
  /** The image cache's folder (lib/cacheFolder('images')); none or '': every image is drawn. */
  cacheDir?: string | undefined;
  /**
   * Resolve, once the image is in the cache (drawn into it if it was not there), with a function
   * that reads it, instead of with its bytes: og/queueImages asks for every image of the build at
   * once and takes each later, and a cached image read at once was read twice (and a route's
   * read waited behind all 20,200 others for the cache's file slots).
   */
  readLater?: boolean | undefined;
}

/** The cache file of the image of `tree` at `size`, drawn and written there first if it is not there (then with its bytes). */
async function ensureCached(tree: TreeSource, size: ImageSize, dir: string): Promise<{ file: string; png?: Uint8Array<ArrayBuffer> }> {
  renderer ??= rendererKey();
  // A lazy tree's key and a tree's JSON are told apart, so that neither can stand for the other.
  const what = isLazy(tree) ? `key:${tree.key}` : `tree:${JSON.stringify(tree)}`;
  const key = createHash('sha256').update(renderer).update(JSON.stringify(size)).update(what).digest('hex').slice(0, 32);
  const name = `${key}.png`;
  const file = path.join(dir, name);
  const names = pruneCache(dir);
  if (names.has(name)) return { file };
  const png = await render(tree, size);
  await withFileSlot(async () => {
    // Written under another name first: a build reading the cache never sees half a file.
    const partial = partialPath(file);
    await fs.promises.writeFile(partial, png);
    await fs.promises.rename(partial, file);
  });
  names.add(name);
  return { file, png };
}

/** A cached image's bytes, its time set to now (its last use: pruneCache); undefined when it cannot be read. */
function readCached(file: string): Promise<Uint8Array<ArrayBuffer> | undefined> {
  return withFileSlot(async () => {
    try {
      const png = new Uint8Array(await fs.promises.readFile(file));
      const now = new Date();
      await fs.promises.utimes(file, now, now);
      return png;
    } catch {
      return undefined;
    }
  });
}

/**
 * Cache files open at once. Every image of a build is asked for at once (data/getSocialCardImages,
 * getSharePosterImages), and at 5,000 cases a second build read 20,200 cached images together:
 * more files open than the process may hold (EMFILE), and the build stopped.
 */
const FILES_AT_ONCE = 16;
let filesOpen = 0;
const fileQueue: (() => void)[] = [];

/** Runs `task` when fewer than FILES_AT_ONCE others are running. */
async function withFileSlot<T>(task: () => Promise<T>): Promise<T> {
  // A finished task hands its slot to the next in line, so that no newcomer slips in between.
  if (filesOpen >= FILES_AT_ONCE) await new Promise<void>((resolve) => fileQueue.push(resolve));
  else filesOpen++;
  try {
    return await task();
  } finally {
    const next = fileQueue.shift();
    if (next) next();
    else filesOpen--;
  }
}
