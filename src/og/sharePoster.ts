/**
 * What a share poster (海报) says: a tall image of a page's key facts and the QR code of its
 * address, which readers inside WeChat save by long-press and send to a chat or 朋友圈 (WeChat
 * ignores Open Graph cards for pages without a verified account). Built from content by
 * data/getSharePosters, laid out by og/sharePosterTree.
 */
export interface SharePoster {
  /** Site path of the PNG: /posters/cases/<slug>.png, /posters/stories/<slug>.png, /posters/site.png. */
  path: string;
  /** The full public address of the page it shares: what its QR code holds. */
  url: string;
  /** A line above the title: 案件档案 · 汽车, 专题, 调查档案. */
  kicker: string;
  title: string;
  /** A story's dek, the site's description, or a case's summary where it has no key figure. */
  dek?: string | undefined;
  /** A case's key figure: the value as written, what it is, and its date. */
  figure?: { value: string; label: string; date: string } | undefined;
  /** A case's status (进行中, 已判决 …), shown boxed before the meta. */
  status?: string | undefined;
  /** Short facts under the title: a case's period, a story's author and date, the site's counts. */
  meta: readonly string[];
  /** Three to five key events (their chart labels), in time order; `case` names the case on posters that mix cases. */
  events: readonly { date: string; label: string; case?: string | undefined }[];
  /** The response clock of a case (from the response-times chart), where it has a start. */
  clock?: { start: string; response: string; outcome: string } | undefined;
}

/** The poster is laid out on 1080×1920 units: a phone screen's proportions. */
export const POSTER_WIDTH = 1080;
export const POSTER_HEIGHT = 1920;
/**
 * and drawn at two thirds of that: a 720×1280 PNG (the "about 1080×1920, or 750×1334"),
 * as sharp as a phone shows a saved image full screen, about half the bytes to send on mobile
 * data, and half the drawing: at 5,000 cases and two editions, 10,000 posters at 25 ms instead
 * of 45 ms each (BENCHMARKS.md, Share posters).
 */
export const POSTER_SCALE = 2 / 3;
/** The PNG's size in pixels. */
export const POSTER_PIXELS = { width: Math.round(POSTER_WIDTH * POSTER_SCALE), height: Math.round(POSTER_HEIGHT * POSTER_SCALE) } as const;
