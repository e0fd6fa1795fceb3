import { z } from 'zod';
import { Id, LocalizedText, provenance } from './primitives';

export const PlaceKind = z.enum([
  'country',
  'province',
  'regency',
  'city',
  'district',
  'village',
  'island',
  'region',
  'town',
  'facility',
]);

export const Place = z
  .object({
    id: Id,
    kind: PlaceKind,
    name: LocalizedText,
    aliases: z.array(z.string().min(1)).optional().describe('Other spellings found in the sources.'),
    parent: Id.optional().describe('The administrative parent (a village in a district, a regency in a province).'),
    island: Id.optional().describe('The island the place lies on, when it is in NTT.'),
    description: LocalizedText.optional(),
    ...provenance,
  })
  .strict();

export type Place = z.infer<typeof Place>;
