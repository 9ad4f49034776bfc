import { getHantConverter } from '../editions/getHantConverter';
import type { EditionId } from '../editions/editions';
import { twinPath } from '../editions/twinPath';
import { absoluteUrl } from '../lib/absoluteUrl';
import { hantCardTree } from '../og/hantCardTree';
import { queueImages, type QueuedImages } from '../og/queueImages';
import { imageTreeKey } from '../og/imageTreeKey';
import { POSTER_HEIGHT, POSTER_SCALE, POSTER_WIDTH } from '../og/sharePoster';
import { IMAGE_FONTS } from '../og/socialCard';
import { sharePosterTree } from '../og/sharePosterTree';
import { cacheFolder } from '../lib/cacheFolder';
import { siteConfig } from '../site.config';
import { getSharePosters } from './getSharePosters';

const cached = new Map<EditionId, Promise<QueuedImages>>();

/**
 * Every share poster's PNG for an edition, keyed by its path (/posters/cases/<slug>.png, and
 * /zh-hant/posters/cases/<slug>.png for the Traditional edition: the same poster with its QR code
 * holding the twin page's address, then its text converted and its font the Traditional one,
 * og/hantCardTree), queued to the rendering worker all at once the first time anyone asks (the
 * poster route's getStaticPaths), as the social cards are (getSocialCardImages), so that the
 * worker draws them while the pages render (og/queueImages, which lets go of each PNG once its
 * route has it). A poster whose content did not change since the last
 * build is read from the image cache (lib/cacheFolder, CACHE_DIR).
 */
export function getSharePosterImages(edition: EditionId = 'hans'): Promise<QueuedImages> {
  let images = cached.get(edition);
  if (!images) {
    images = (async () => {
      const converter = edition === 'hant' ? getHantConverter(siteConfig.contentDir) : undefined;
      const convert = converter?.convert;
      const size = { width: POSTER_WIDTH, height: POSTER_HEIGHT, scale: POSTER_SCALE };
      // The key holds what make() is made of: the poster as drawn (for the Traditional edition,
      // its QR code holding the twin's address) and the edition (with the converter's content),
      // so that a cached poster's tree, its QR code the costly part, is never made.
      const keyOf = imageTreeKey(converter?.key ?? '');
      return queueImages(
        [...(await getSharePosters())].map(([page, simplified]) => {
          const poster = convert ? { ...simplified, url: absoluteUrl(twinPath(page)) } : simplified;
          return {
            path: convert ? twinPath(poster.path) : poster.path,
            tree: {
              key: keyOf({ kind: 'poster', edition, poster }),
              family: IMAGE_FONTS[edition],
              make: () => (convert ? hantCardTree(sharePosterTree(poster), convert) : sharePosterTree(poster)),
            },
            size,
          };
        }),
        { cacheDir: cacheFolder('images') },
      );
    })();
    cached.set(edition, images);
  }
  return images;
}
