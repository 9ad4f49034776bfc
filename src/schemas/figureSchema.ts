import { z } from 'astro/zod';
import { dateText } from './dateText';
import { disputeSchema } from './disputeSchema';
import { quantityValue } from './quantityValue';
import type { RefFactory } from './refFactory';
import { DERIVATIONS, FIGURE_KINDS, FIGURE_STATUSES, UNITS } from './vocabulary';

/**
 * One number. A derived figure names the figures it is computed from; the build computes it
 * and, where a source states a value too, compares the two (see computeFigureValues).
 */
export function figureSchema<R extends z.ZodType>(ref: RefFactory<R>) {
  return z
    .object({
      label: z.string().min(2),
      value: quantityValue().optional(),
      /** The value is approximate in the source ("约4000万"). */
      approx: z.boolean().default(false),
      unit: z.enum(Object.keys(UNITS) as [keyof typeof UNITS]),
      kind: z.enum(Object.keys(FIGURE_KINDS) as [keyof typeof FIGURE_KINDS]),
      date: dateText(),
      /** Where no source states the date: how it was inferred. The page shows it as inferred. */
      dateInferred: z.string().min(4).optional(),
      case: ref('cases'),
      /**
       * Parties of its case that this record concerns although its label do not name them (a
       * ruling reported as 法院一审判决: the court). Those it names are found by name
       * (lib/findPartyMentions.ts); both are listed on the parties' pages.
       */
      parties: z.array(ref('entities')).default([]),
      sources: z.array(ref('sources')).min(1, 'every figure cites at least one source'),
      status: z.enum(Object.keys(FIGURE_STATUSES) as [keyof typeof FIGURE_STATUSES]),
      note: z.string().optional(),
      derivation: z
        .object({
          op: z.enum(DERIVATIONS),
          of: z.array(ref('figures')).min(2),
          /** Relative difference between stated and computed value still counted as agreement. */
          tolerance: z.number().min(0).max(0.5).default(0.01),
        })
        .strict()
        .optional(),
      dispute: disputeSchema(ref).optional(),
    })
    .strict()
    .refine((figure) => figure.value !== undefined || figure.derivation !== undefined, {
      message: 'a figure needs a value, a derivation, or both',
      path: ['value'],
    });
}
