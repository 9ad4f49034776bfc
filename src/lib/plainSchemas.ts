import type { z } from 'astro/zod';
import { caseSchema } from '../schemas/caseSchema';
import { entitySchema } from '../schemas/entitySchema';
import { hantExceptionSchema } from '../schemas/hantExceptionSchema';
import { eventSchema } from '../schemas/eventSchema';
import { figureSchema } from '../schemas/figureSchema';
import { idText } from '../schemas/idText';
import { sourceSchema } from '../schemas/sourceSchema';
import { storySchema } from '../schemas/storySchema';
import { synonymGroupSchema } from '../schemas/synonymGroupSchema';

/** The collection schemas with references as plain ids: for checking content outside Astro. */
const ref = () => idText();

export const plainSchemas = {
  cases: caseSchema(ref),
  stories: storySchema(ref),
  sources: sourceSchema(ref),
  events: eventSchema(ref),
  figures: figureSchema(ref),
  entities: entitySchema(ref),
  synonyms: synonymGroupSchema(),
  hantExceptions: hantExceptionSchema(),
};

export type CaseData = z.output<typeof plainSchemas.cases>;
export type StoryData = z.output<typeof plainSchemas.stories>;
export type SourceData = z.output<typeof plainSchemas.sources>;
export type EventData = z.output<typeof plainSchemas.events>;
export type FigureData = z.output<typeof plainSchemas.figures>;
export type EntityData = z.output<typeof plainSchemas.entities>;
export type SynonymGroupData = z.output<typeof plainSchemas.synonyms>;
export type HantExceptionData = z.output<typeof plainSchemas.hantExceptions>;
