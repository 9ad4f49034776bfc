import { z } from 'astro/zod';
import { searchWord } from './searchWord';
import { correctionSchema } from './correctionSchema';
import { dateText } from './dateText';
import type { RefFactory } from './refFactory';

/** The frontmatter of a long-form story (content/stories/<slug>.mdx). */
export function storySchema<R extends z.ZodType>(ref: RefFactory<R>) {
  return z
    .object({
      title: z.string().min(4),
      dek: z.string().min(10),
      author: z.string().default('信任账本编辑部'),
      published: dateText({ precision: 'day' }),
      updated: dateText({ precision: 'day' }),
      cases: z.array(ref('cases')).min(1),
      keywords: z.array(searchWord()).default([]),
      corrections: z.array(correctionSchema()).default([]),
    })
    .strict()
    .refine((s) => s.updated >= s.published, { message: 'updated is before published', path: ['updated'] });
}
