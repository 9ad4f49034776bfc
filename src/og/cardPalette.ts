/**
 * The colours every drawn image uses (social cards, posters, the logo): the site's own
 * (styles/global.css `--paper`, `--ink`, `--accent` …) written out, since satori reads no CSS.
 */
export const CARD_PALETTE = {
  paper: '#fbfaf7',
  paper2: '#f2efe8',
  ink: '#1b1b1b',
  ink2: '#4a4a4a',
  rule: '#d9d4c9',
  accent: '#a61b1b',
} as const;
