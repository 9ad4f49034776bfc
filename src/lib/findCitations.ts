export interface Citation {
  /** The source ids, in the order written. */
  ids: string[];
  /** Offset of the opening bracket in the text. */
  index: number;
  /** The whole marker, e.g. "[@nbd-2018-07-23; @yicai-2018-07-25]". */
  marker: string;
}

/** A citation marker in the prose: [@source-id] or [@one; @two]. */
const CITATION = /\[@([a-z0-9-]+(?:\s*[;；]\s*@[a-z0-9-]+)*)\]/g;

export function findCitations(text: string): Citation[] {
  const found: Citation[] = [];
  for (const match of text.matchAll(CITATION)) {
    const ids = (match[1] ?? '').split(/[;；]/).map((part) => part.trim().replace(/^@/, ''));
    found.push({ ids, index: match.index, marker: match[0] });
  }
  return found;
}
