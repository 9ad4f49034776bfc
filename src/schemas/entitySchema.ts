import { z } from 'astro/zod';
import { dateText } from './dateText';
import type { RefFactory } from './refFactory';
import { ENTITY_KINDS } from './vocabulary';

/** A person or an organisation that appears in the cases. */
export function entitySchema<R extends z.ZodType>(ref: RefFactory<R>) {
  return z
    .object({
      name: z.string().min(1),
      kind: z.enum(Object.keys(ENTITY_KINDS) as [keyof typeof ENTITY_KINDS]),
      role: z.string().min(2),
      aliases: z.array(z.string()).default([]),
      /**
       * The organisation it belongs to (a subsidiary, a department of 小米集团): its party page
       * adds its cases, penalties and awards to the parent's totals.
       */
      parent: ref('entities').optional(),
      /**
       * A private person named by a pseudonym that a report says is one (李先生（化名）). A
       * surname the report gives (罗女士) or a public account name (JAX蔡) is not a pseudonym:
       * the role says how the report names them.
       */
      pseudonym: z.boolean().default(false),
      /**
       * What became of it, where that is reported (a platform wound up, a company fined), with
       * the sources that report it. Leave out where nothing is reported; the role says so.
       */
      outcome: z
        .object({
          summary: z.string().min(4),
          date: dateText().optional(),
          sources: z.array(ref('sources')).min(1),
        })
        .strict()
        .optional(),
    })
    .strict();
}
