import { HAN_SEPARATOR, separateHanCharacters } from './separateHanCharacters';

const PARTS = /(<(script|style|template)\b[\s\S]*?<\/\2\s*>)|(<!--[\s\S]*?-->)|(<[^>]*>)|([^<]+)/gi;

const HAN_AT_START = /^\p{Script=Han}/u;
const HAN_AT_END = /\p{Script=Han}$/u;

function atEdges(text: string): string {
  return `${HAN_AT_START.test(text) ? HAN_SEPARATOR : ''}${text}${HAN_AT_END.test(text) ? HAN_SEPARATOR : ''}`;
}

/**
 * The HTML of a built page as the search index should read it: every text node has its Chinese
 * characters separated (see separateHanCharacters), also from the text of the next or previous
 * element ("订单<b>取消</b>"); tags, attributes (so filter, meta and sort
 * values), scripts, styles and comments are left exactly as they were. The page on disk is not
 * changed: only Pagefind sees this version.
 */
export function prepareHtmlForIndex(html: string): string {
  return html.replace(PARTS, (part, _raw, _tag, _comment, _element, text: string | undefined) => (text === undefined ? part : atEdges(separateHanCharacters(text))));
}
