import type { z } from 'astro/zod';

export type CollectionName = 'cases' | 'stories' | 'sources' | 'events' | 'figures' | 'entities';

/**
 * Schemas take the function that makes a reference to another collection. Astro's
 * `reference()` is passed in `content.config.ts`; the content-integrity check passes a plain
 * id schema, validates the same fields outside Astro, and then resolves every reference itself.
 */
export type RefFactory<R extends z.ZodType> = (collection: CollectionName) => R;
