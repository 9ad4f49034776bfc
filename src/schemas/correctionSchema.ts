import { z } from 'astro/zod';
import { dateText } from './dateText';

/** A correction or clarification made to a page after publication. */
export function correctionSchema() {
  return z
    .object({
      date: dateText({ precision: 'day' }),
      text: z.string().min(4),
    })
    .strict();
}
