import { z } from 'astro/zod';
import { ENTITY_KINDS } from './vocabulary';

/** A person or an organisation that appears in the cases. */
export function entitySchema() {
  return z
    .object({
      name: z.string().min(1),
      kind: z.enum(Object.keys(ENTITY_KINDS) as [keyof typeof ENTITY_KINDS]),
      role: z.string().min(2),
      aliases: z.array(z.string()).default([]),
      /** A private person named only by the pseudonym the reports used (李先生, 罗女士). */
      pseudonym: z.boolean().default(false),
    })
    .strict();
}
