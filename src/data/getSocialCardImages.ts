import type { EditionId } from '../editions/editions';
import { twinPath } from '../editions/twinPath';
import { editionTree } from '../og/editionTree';
import { queueImages, type QueuedImages } from '../og/queueImages';
import { CARD_HEIGHT, CARD_WIDTH } from '../og/socialCard';
import { socialCardTree } from '../og/socialCardTree';
import { cacheFolder } from '../lib/cacheFolder';
import { getSocialCards } from './getSocialCards';

const cached = new Map<EditionId, Promise<QueuedImages>>();

/**
 * Every social card's PNG for an edition, by its path (/og/cases/<slug>.png, and
 * /zh-hant/og/cases/<slug>.png for the Traditional edition, whose cards are the same trees with
 * their text converted: og/hantCardTree), all queued to the rendering worker at once, the first
 * time anyone asks (the card route's getStaticPaths, before any page is rendered). The worker then
 * rasterises cards while the build renders every other page, and each card's route only waits for
 * its own image (og/queueImages, which lets go of each PNG once its route has it): at 5,000
 * cases this takes minutes off the build.
 * A card whose content did not change since the last build is read from the image cache.
 */
export function getSocialCardImages(edition: EditionId = 'hans'): Promise<QueuedImages> {
  let images = cached.get(edition);
  if (!images) {
    images = (async () => {
      const { byPage, site } = await getSocialCards();
      const { convert, treeOf } = editionTree(edition);
      const size = { width: CARD_WIDTH, height: CARD_HEIGHT };
      return queueImages(
        [...byPage.values(), site].map((card) => ({
          path: convert ? twinPath(card.path) : card.path,
          tree: treeOf('card', card, socialCardTree),
          size,
        })),
        { cacheDir: cacheFolder('images') },
      );
    })();
    cached.set(edition, images);
  }
  return images;
}
