import { defineCollection, reference } from 'astro:content';
import { proseLoader } from './loaders/proseLoader';
import { recordsLoader } from './loaders/recordsLoader';
import { caseSchema } from './schemas/caseSchema';
import { entitySchema } from './schemas/entitySchema';
import { eventSchema } from './schemas/eventSchema';
import { figureSchema } from './schemas/figureSchema';
import type { CollectionName } from './schemas/refFactory';
import { sourceSchema } from './schemas/sourceSchema';
import { storySchema } from './schemas/storySchema';
import { siteConfig } from './site.config';

const dir = siteConfig.contentDir;
const ref = (collection: CollectionName) => reference(collection);

/** Case files: one MDX page per case, its facts in the frontmatter and its prose cited. */
const cases = defineCollection({
  loader: proseLoader({ pattern: '[^_]*.mdx', base: `${dir}/cases` }),
  schema: caseSchema(ref),
});

/** Long-form stories that draw on several cases. */
const stories = defineCollection({
  loader: proseLoader({ pattern: '[^_]*.mdx', base: `${dir}/stories` }),
  schema: storySchema(ref),
});

/** Every published document the site cites; one file per source, named by its id. */
const sources = defineCollection({ loader: recordsLoader({ base: `${dir}/sources` }), schema: sourceSchema(ref) });

/** Dated events, grouped in files by case. */
const events = defineCollection({ loader: recordsLoader({ base: `${dir}/events` }), schema: eventSchema(ref) });

/** Numbers: losses, amounts, prices, awards, fines, market values, counts. */
const figures = defineCollection({ loader: recordsLoader({ base: `${dir}/figures` }), schema: figureSchema(ref) });

/** People and organisations. Private persons appear only under the pseudonyms reports used. */
const entities = defineCollection({ loader: recordsLoader({ base: `${dir}/entities` }), schema: entitySchema(ref) });

export const collections = { cases, stories, sources, events, figures, entities };
