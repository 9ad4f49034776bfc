import { z } from 'astro/zod';

/** A run of Chinese characters: what the converter sees at once (see editions/createHantConverter). */
const HAN = /^\p{Script=Han}+$/u;

/**
 * One entry of content/hant-exceptions.yaml: a phrase that OpenCC converts wrongly for the
 * Traditional edition, and how the edition writes it. `text` as the content writes it
 * (Simplified), `hant` as the edition must show it, with as many characters: the edition
 * converts characters, never words.
 */
export function hantExceptionSchema() {
  return z
    .object({
      text: z.string().regex(HAN, 'must be Chinese characters only, as the content writes them (no punctuation, letters or digits)').max(12, 'is longer than 12 characters: give the shortest phrase that converts wrongly'),
      hant: z.string().regex(HAN, 'must be Chinese characters only'),
      /** Why OpenCC's reading is wrong here (for editors and for the test that checks the entry). */
      note: z.string().min(4, 'say why OpenCC gets this phrase wrong'),
    })
    .strict()
    .superRefine((entry, context) => {
      if ([...entry.hant].length !== [...entry.text].length) context.addIssue({ code: 'custom', path: ['hant'], message: `must have as many characters as text (${[...entry.text].length}): the edition converts characters, never words` });
    });
}
