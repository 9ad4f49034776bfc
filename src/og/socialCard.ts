import type { EditionId } from '../editions/editions';

/** What a page's social card (its og:image) says. Built from content by data/getSocialCards. */
export interface SocialCard {
  /** Site path of the PNG, e.g. /og/cases/<slug>.png. */
  path: string;
  /** A line above the title: 案件档案 · 家电, 专题. */
  kicker: string;
  title: string;
  /** A story's dek or the site's tagline, clamped to two lines. */
  dek?: string | undefined;
  /** A case's key figure: the value as written, what it is, and its date. */
  figure?: { value: string; label: string; date: string } | undefined;
  /** Short facts shown at the foot beside the site's name: dates, status, author. */
  meta: readonly string[];
}

/**
 * A node of the element tree satori lays out (the shape React elements have): boxes and text,
 * and images given as data: addresses (a poster's QR code), which satori sizes from the image.
 */
export type CardNode =
  | { type: 'div'; props: { style: Record<string, string | number>; children?: string | CardNode | (string | CardNode)[] } }
  | { type: 'img'; props: { src: string; width: number; height: number; style?: Record<string, string | number> } };

/**
 * The font family each edition's images are drawn in (og/renderPng loads it): Noto Sans SC, and
 * Noto Sans TC (Taiwan's glyph forms) for the Traditional edition, whose trees og/hantCardTree
 * makes from the Simplified ones.
 */
export const IMAGE_FONTS = { hans: 'Noto Sans SC', hant: 'Noto Sans TC' } as const satisfies Record<EditionId, string>;

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;
