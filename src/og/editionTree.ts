import { getHantConverter } from '../editions/getHantConverter';
import type { EditionId } from '../editions/editions';
import { siteConfig } from '../site.config';
import { hantCardTree } from './hantCardTree';
import { imageTreeKey } from './imageTreeKey';
import type { LazyTree } from './renderPng';
import { IMAGE_FONTS, type CardNode } from './socialCard';

export interface EditionTree {
  /** The Traditional edition's converter; undefined for the Simplified edition. */
  convert: ((text: string) => string) | undefined;
  /**
   * The lazy tree of one image of this edition: `draw(content)` made only when the image is not
   * in the cache, its text converted for the Traditional edition. The key holds `kind`, the
   * edition and `content` (with the converter's content and the code, og/imageTreeKey), so
   * everything `draw` reads must be in `content`.
   */
  treeOf: <T>(kind: string, content: T, draw: (content: T) => CardNode) => LazyTree;
}

/**
 * How an edition's images become lazy trees (og/renderPng's LazyTree), written once for the social
 * cards and the share posters (data/getSocialCardImages, data/getSharePosterImages): the same tree
 * for both editions, converted and in the Traditional font for the Traditional one (og/hantCardTree).
 */
export function editionTree(edition: EditionId): EditionTree {
  const converter = edition === 'hant' ? getHantConverter(siteConfig.contentDir) : undefined;
  const convert = converter?.convert;
  const keyOf = imageTreeKey(converter?.key ?? '');
  return {
    convert,
    treeOf: (kind, content, draw) => ({
      key: keyOf({ kind, edition, [kind]: content }),
      family: IMAGE_FONTS[edition],
      make: () => (convert ? hantCardTree(draw(content), convert) : draw(content)),
    }),
  };
}
