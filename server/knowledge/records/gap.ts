import { z } from 'zod';
import { Id, LocalizedText, PartialDate, provenance } from './primitives';

export const GapKind = z.enum([
  'missing-institution',
  'service-coverage',
  'coordination',
  'funding',
  'capacity',
  'legal-framework',
  'implementation',
  'data',
  'integrity',
  'social-context',
]);

export const Gap = z
  .object({
    id: Id,
    kind: GapKind,
    area: Id,
    steps: z.array(Id).optional(),
    organizations: z.array(Id).optional().describe('The organisations the gap concerns.'),
    description: LocalizedText,
    asOf: PartialDate.optional().describe('When the gap was observed, if stated.'),
    ...provenance,
  })
  .strict();

export type Gap = z.infer<typeof Gap>;
