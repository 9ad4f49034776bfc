import { z } from 'astro/zod';
import { correctionSchema } from './correctionSchema';
import { dateText } from './dateText';
import { searchWord } from './searchWord';
import type { RefFactory } from './refFactory';
import { CASE_STATUSES, LINES, PROMISE_KINDS } from './vocabulary';

/** The frontmatter of a case file (content/cases/<slug>.mdx). */
export function caseSchema<R extends z.ZodType>(ref: RefFactory<R>) {
  return z
    .object({
      title: z.string().min(4),
      /** A name of a few characters for charts, tables and lists where the title does not fit (前舱盖诉讼). */
      short: searchWord().min(2).max(8, 'the short name is for charts: 8 characters at most'),
      summary: z.string().min(10).max(160, 'the summary is one sentence: 160 characters at most'),
      line: z.enum(LINES),
      period: z
        .object({ start: dateText(), end: dateText().optional() })
        .strict()
        .refine((p) => p.end === undefined || p.end >= p.start, {
          message: 'the period ends before it starts',
          path: ['end'],
        }),
      status: z.enum(CASE_STATUSES),
      /** The kind of promise or claim at stake (vocabulary.ts PROMISE_KINDS): similar cases share it. */
      promise: z.enum(Object.keys(PROMISE_KINDS) as [keyof typeof PROMISE_KINDS]),
      parties: z.array(ref('entities')).min(1),
      response: z
        .object({
          summary: z.string().min(4),
          /** False where no response by Xiaomi was found: the summary says where we looked. */
          found: z.boolean().default(true),
          date: dateText().optional(),
          sources: z.array(ref('sources')).min(1),
        })
        .strict()
        .refine((r) => r.found || r.date === undefined, { message: 'a response that was not found has no date', path: ['date'] }),
      /**
       * The response clock runs from when the problem became public (the first public complaint,
       * report or incident) to Xiaomi's first response and to the first outcome. Where one of them
       * really came first (a statement issued before any report; a penalty decided before it was
       * published), say why here; the chart then shows it as such, never as negative days.
       */
      clock: z
        .object({ response: z.string().min(4).optional(), outcome: z.string().min(4).optional() })
        .strict()
        .optional(),
      sources: z.array(ref('sources')).min(1),
      keyFigure: ref('figures').optional(),
      /** A short entry: the sources allow only a little to be said. */
      brief: z.boolean().default(false),
      /** Words readers may search for that the text does not use (synonyms, old names). */
      keywords: z.array(searchWord()).default([]),
      published: dateText({ precision: 'day' }),
      updated: dateText({ precision: 'day' }),
      corrections: z.array(correctionSchema()).default([]),
    })
    .strict()
    .refine((c) => c.updated >= c.published, { message: 'updated is before published', path: ['updated'] });
}
