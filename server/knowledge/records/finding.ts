import { z } from 'zod';
import { Id, LocalizedText, PartialDate, provenance } from './primitives';

export const FindingKind = z.enum([
  'driver',
  'pull-factor',
  'exploitation-form',
  'route',
  'transit-area',
  'migrant-deaths',
  'reporting-barrier',
  'government-ngo-relations',
  'ngo-profile',
  'campaign-media',
  'border-economy',
]);

/**
 * The papers' context that prevention work needs: why people migrate and are trafficked, how, where to, what stops
 * victims from reporting, how NGOs and government see each other. Each with its place and, when stated, its period.
 */
export const Finding = z
  .object({
    id: Id,
    kind: FindingKind,
    area: Id.describe('The place the finding is about (the world for general literature).'),
    statement: LocalizedText.describe('The finding, close to the source.'),
    about: z.array(Id).optional().describe('Records the finding concerns (organisations, places...).'),
    steps: z.array(Id).optional().describe('Steps of the response the finding bears on.'),
    periodFrom: PartialDate.optional(),
    periodTo: PartialDate.optional(),
    ...provenance,
  })
  .strict();

export type Finding = z.infer<typeof Finding>;
