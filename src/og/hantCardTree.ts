import { IMAGE_FONTS, type CardNode } from './socialCard';

/**
 * An image's element tree as the Traditional edition draws it: the same layout with every text
 * converted (`convert`, editions/createHantConverter) and the Traditional font (Noto Sans TC,
 * Taiwan's glyph forms) wherever the Simplified one is named. Any tree the site draws (a social
 * card, a share poster, the logo) gets its twin this way, without a layout of its own. Images
 * inside (a poster's QR code) are kept as they are: what they hold is decided before the tree is
 * drawn (a Traditional poster's code holds the twin's address).
 */
export function hantCardTree(tree: CardNode, convert: (text: string) => string): CardNode {
  if (tree.type === 'img') return tree;
  const child = (node: string | CardNode): string | CardNode => (typeof node === 'string' ? convert(node) : hantCardTree(node, convert));
  const { style, children } = tree.props;
  const fontFamily = style['fontFamily'] === IMAGE_FONTS.hans ? { fontFamily: IMAGE_FONTS.hant } : {};
  return {
    type: tree.type,
    props: {
      style: { ...style, ...fontFamily },
      ...(children === undefined ? {} : { children: Array.isArray(children) ? children.map(child) : child(children) }),
    },
  };
}
