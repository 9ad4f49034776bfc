import { EDITIONS, type EditionId } from './editions';

function escapeAttribute(text: string): string {
  return text.replace(/[&"<>]/g, (c) => ({ '&': '&amp;', '"': '&quot;', '<': '&lt;', '>': '&gt;' })[c] ?? c);
}

/**
 * The link from a page to its twin in the other edition (`to`), written in the script of the
 * edition it leads to, with what the one-time note says to a reader who prefers that script
 * (client/editionChoice.ts reads it). One copy: the layout writes it on the Simplified pages,
 * and the Traditional edition swaps it for the link back (editions/convertHtmlToHant.ts).
 */
export function editionLinkHtml(to: EditionId, href: string): string {
  const edition = EDITIONS[to];
  return `<a class="edition-link" href="${escapeAttribute(href)}" hreflang="${edition.hreflang}" lang="${edition.hreflang}" data-edition-link="${to}" data-note="${edition.note}" data-note-link="${edition.noteLink}" data-dismiss="${edition.dismiss}">${edition.label}</a>`;
}
