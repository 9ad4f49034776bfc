import { z } from 'astro/zod';

/** What a reader may type for a word: letters, digits, Chinese, and spaces or "·" between them; no punctuation. */
const WORD = /^[\p{L}\p{N}](?:[\p{L}\p{N}·. ]*[\p{L}\p{N}])?$/u;

/**
 * One group of content/synonyms.yaml: words that mean the same thing to a reader searching the
 * site, such as the word readers use and the one the case files use (引擎盖, 前舱盖). A query
 * holding one of them also searches for the others, and the results say so ("也搜索了：前舱盖").
 */
export function synonymGroupSchema() {
  return z
    .object({
      words: z
        .array(z.string().max(20, 'is longer than 20 characters: a synonym is a word or a short phrase').regex(WORD, 'must be a word or a short phrase, without punctuation'))
        .min(2, 'a group needs two words or more')
        .superRefine((words, context) => {
          const seen = new Set<string>();
          words.forEach((word, index) => {
            const key = word.normalize('NFKC').toLowerCase();
            if (seen.has(key)) context.addIssue({ code: 'custom', path: [index], message: `"${word}" is listed twice in this group` });
            seen.add(key);
          });
        }),
      /** Why these words belong together (for editors; not shown to readers). */
      note: z.string().min(2).optional(),
    })
    .strict();
}
