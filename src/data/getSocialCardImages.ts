import { renderPng } from '../og/renderPng';
import { CARD_HEIGHT, CARD_WIDTH } from '../og/socialCard';
import { socialCardTree } from '../og/socialCardTree';
import { siteConfig } from '../site.config';
import { getSocialCards } from './getSocialCards';

let cached: Promise<Map<string, Promise<Uint8Array<ArrayBuffer>>>> | undefined;

/**
 * Every social card's PNG, keyed by its path (/og/cases/<slug>.png), all queued to the rendering
 * worker at once, the first time anyone asks (the card route's getStaticPaths, before any page is
 * rendered). The worker then rasterises cards while the build renders every other page, and each
 * card's route only waits for its own image: at 5,000 cases this takes minutes off the build.
 * A card whose content did not change since the last build is read from the image cache.
 */
export function getSocialCardImages(): Promise<Map<string, Promise<Uint8Array<ArrayBuffer>>>> {
  cached ??= (async () => {
    const { byPage, site } = await getSocialCards();
    const images = new Map<string, Promise<Uint8Array<ArrayBuffer>>>();
    for (const card of [...byPage.values(), site]) {
      const png = renderPng(socialCardTree(card), { width: CARD_WIDTH, height: CARD_HEIGHT }, { cacheDir: siteConfig.imageCacheDir });
      // Failures surface when the card's route awaits its image; none goes unobserved meanwhile.
      png.catch(() => undefined);
      images.set(card.path, png);
    }
    return images;
  })();
  return cached;
}
