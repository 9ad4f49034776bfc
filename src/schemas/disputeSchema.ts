import { z } from 'astro/zod';
import type { RefFactory } from './refFactory';

/**
 * Where sources give different versions of one fact (a place, a date, a count, a price):
 * each version with the sources that give it, and a note on what we make of it.
 */
export function disputeSchema<R extends z.ZodType>(ref: RefFactory<R>) {
  return z
    .object({
      note: z.string().min(4),
      versions: z
        .array(
          z
            .object({
              says: z.string().min(1),
              sources: z.array(ref('sources')).min(1),
            })
            .strict(),
        )
        .min(2, 'a dispute needs at least two versions'),
    })
    .strict();
}
