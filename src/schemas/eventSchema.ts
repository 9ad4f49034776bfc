import { z } from 'astro/zod';
import { dateText } from './dateText';
import { disputeSchema } from './disputeSchema';
import type { RefFactory } from './refFactory';
import { EVENT_KINDS } from './vocabulary';

/** The longest chart label: about what fits beside a mark on a phone's timeline. */
export const EVENT_LABEL_MAX = 14;

/** One dated event. Its precision (year, month, day) is how much of the date is written. */
export function eventSchema<R extends z.ZodType>(ref: RefFactory<R>) {
  return z
    .object({
      date: dateText(),
      /**
       * Where no source states the date: how it was inferred (from a case number, say). The page
       * shows the date as inferred, with this note.
       */
      dateInferred: z.string().min(4).optional(),
      /** Local time of day (Beijing time), where a source gives it. */
      time: z
        .string()
        .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'write the time as HH:MM')
        .optional(),
      title: z.string().min(4),
      /**
       * A key event's name on the charts, written for them (the title stays the full text): the
       * timelines place it beside the event's mark where there is room.
       */
      label: z
        .string()
        .min(2, 'a chart label needs at least 2 characters')
        .max(EVENT_LABEL_MAX, `a chart label has at most ${EVENT_LABEL_MAX} characters: shorten it (the title keeps the full text)`)
        .optional(),
      summary: z.string().optional(),
      case: ref('cases'),
      kind: z.enum(Object.keys(EVENT_KINDS) as [keyof typeof EVENT_KINDS]),
      place: z.string().optional(),
      /**
       * Out of public view when it happened (an order, a phone call), known from later reports.
       * It does not start the response clock, which runs from when a problem became public.
       */
      private: z.boolean().default(false),
      /**
       * Parties of its case that this record concerns although its title and summary do not name them (a
       * ruling reported as 法院一审判决: the court). Those it names are found by name
       * (lib/findPartyMentions.ts); both are listed on the parties' pages.
       */
      parties: z.array(ref('entities')).default([]),
      sources: z.array(ref('sources')).min(1, 'every event cites at least one source'),
      dispute: disputeSchema(ref).optional(),
    })
    .strict();
}
