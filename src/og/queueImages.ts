import { renderPng, type ImageSize, type LazyTree } from './renderPng';

export interface QueuedImage {
  /** The image's site path: /og/cases/<slug>.png, /zh-hant/posters/site.png … */
  path: string;
  /**
   * Its element tree, made when a worker is about to draw it (and made again if the dev server
   * asks twice), never when the image is in the cache: the queue holds no tree, and a second
   * build makes none (renderPng's LazyTree; its key from og/imageTreeKey).
   */
  tree: LazyTree;
  size: ImageSize;
}

export interface QueuedImages {
  /**
   * The PNG of `path`, or undefined when no image of that path was queued. The first call gets
   * the image queued at the start and lets go of it, so that the build does not hold every PNG
   * it has written (at 5,000 cases, 20,000 images and 2 GB); a later call (the dev server asked
   * again) reads it from the cache, or draws it anew.
   */
  take(path: string): Promise<Uint8Array<ArrayBuffer>> | undefined;
}

/**
 * Queues every image to the rendering worker at once (og/renderPng), so that the worker draws
 * while the build renders the pages, and hands each one out once (take). Shared by the social
 * cards (data/getSocialCardImages) and the share posters (data/getSharePosterImages) of both
 * editions.
 */
export function queueImages(images: Iterable<QueuedImage>, options: { cacheDir?: string | undefined }): QueuedImages {
  const queued = new Map<string, QueuedImage>();
  const pending = new Map<string, Promise<() => Promise<Uint8Array<ArrayBuffer>>>>();
  for (const image of images) {
    // With a cache, a drawn image waits there, not in memory (the worker draws faster than the
    // routes that write the images are reached: at 5,000 cases 1.5 GB of PNGs waited otherwise),
    // and is read when its route takes it, once.
    const ready = renderPng(image.tree, image.size, { ...options, readLater: true });
    // Failures surface when the route takes its image; none goes unobserved meanwhile.
    ready.catch(() => undefined);
    queued.set(image.path, image);
    pending.set(image.path, ready);
  }
  const draw = (image: QueuedImage) => renderPng(image.tree, image.size, options);
  return {
    take(path) {
      const image = queued.get(path);
      if (!image) return undefined;
      const ready = pending.get(path);
      pending.delete(path);
      // Drawn (or being drawn): its bytes, from the cache or memory; gone from the cache
      // meanwhile, drawn anew (an image that could not be drawn fails here, drawn once). Asked
      // again (the dev server): drawn anew, or read from the cache by renderPng.
      return ready ? ready.then((read) => read().catch(() => draw(image))) : draw(image);
    },
  };
}
