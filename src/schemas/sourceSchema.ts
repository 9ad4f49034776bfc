import { z } from 'astro/zod';
import { correctionSchema } from './correctionSchema';
import { dateText } from './dateText';
import { searchWord } from './searchWord';
import type { RefFactory } from './refFactory';
import { LANGUAGES, SOURCE_KINDS } from './vocabulary';

/** A source record: one published document that the site cites. */
export function sourceSchema<R extends z.ZodType>(ref: RefFactory<R>) {
  return z
    .object({
      outlet: searchWord(),
      title: z.string().min(2),
      author: searchWord().optional(),
      published: dateText(),
      url: z.url({ protocol: /^https?$/ }).optional(),
      kind: z.enum(Object.keys(SOURCE_KINDS) as [keyof typeof SOURCE_KINDS]),
      language: z.enum(Object.keys(LANGUAGES) as [keyof typeof LANGUAGES]),
      reliability: z.string().min(4),
      /** For a repost or a report relayed by another outlet: the record of the original. */
      via: ref('sources').optional(),
      /** The project's archived copy among the source documents, where there is one. */
      archive: z.string().optional(),
      /**
       * A known capture of `url` in a web archive (the Wayback Machine, archive.today): its
       * address and the day it was made. The source page links to it beside the archives' look-ups.
       */
      archived: z
        .object({ url: z.url({ protocol: /^https?$/ }), date: dateText({ precision: 'day' }) })
        .strict()
        .optional(),
      /** Corrections to this record (a title, a date, an address): shown on its page and on /corrections/. */
      corrections: z.array(correctionSchema()).default([]),
    })
    .strict()
    .refine((s) => s.archived === undefined || s.url !== undefined, { message: 'a capture is of the source\'s address: give its url too', path: ['archived'] });
}
