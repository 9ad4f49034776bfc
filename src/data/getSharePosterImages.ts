import { renderPng } from '../og/renderPng';
import { POSTER_HEIGHT, POSTER_WIDTH } from '../og/sharePoster';
import { sharePosterTree } from '../og/sharePosterTree';
import { siteConfig } from '../site.config';
import { getSharePosters } from './getSharePosters';

let cached: Promise<Map<string, Promise<Uint8Array<ArrayBuffer>>>> | undefined;

/**
 * Every share poster's PNG, keyed by its path (/posters/cases/<slug>.png), queued to the
 * rendering worker all at once the first time anyone asks (the poster route's getStaticPaths),
 * as the social cards are (getSocialCardImages), so that the worker draws them while the pages
 * render. A poster whose content did not change since the last build is read from the image
 * cache (siteConfig.imageCacheDir).
 */
export function getSharePosterImages(): Promise<Map<string, Promise<Uint8Array<ArrayBuffer>>>> {
  cached ??= (async () => {
    const images = new Map<string, Promise<Uint8Array<ArrayBuffer>>>();
    for (const poster of (await getSharePosters()).values()) {
      const png = renderPng(sharePosterTree(poster), { width: POSTER_WIDTH, height: POSTER_HEIGHT }, { cacheDir: siteConfig.imageCacheDir });
      // Failures surface when the poster's route awaits its image; none goes unobserved meanwhile.
      png.catch(() => undefined);
      images.set(poster.path, png);
    }
    return images;
  })();
  return cached;
}
