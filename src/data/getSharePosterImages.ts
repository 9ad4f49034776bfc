import type { EditionId } from '../editions/editions';
import { twinPath } from '../editions/twinPath';
import { absoluteUrl } from '../lib/absoluteUrl';
import { editionTree } from '../og/editionTree';
import { queueImages, type QueuedImages } from '../og/queueImages';
import { POSTER_HEIGHT, POSTER_SCALE, POSTER_WIDTH } from '../og/sharePoster';
import { sharePosterTree } from '../og/sharePosterTree';
import { cacheFolder } from '../lib/cacheFolder';
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
      const { convert, treeOf } = editionTree(edition);
      const size = { width: POSTER_WIDTH, height: POSTER_HEIGHT, scale: POSTER_SCALE };
      return queueImages(
        [...(await getSharePosters())].map(([page, simplified]) => {
          // The Traditional poster's QR code holds the twin page's address: part of what the key holds.
          const poster = convert ? { ...simplified, url: absoluteUrl(twinPath(page)) } : simplified;
          return { path: convert ? twinPath(poster.path) : poster.path, tree: treeOf('poster', poster, sharePosterTree), size };
        }),
        { cacheDir: cacheFolder('images') },
      );
    })();
    cached.set(edition, images);
  }
  return images;
}
