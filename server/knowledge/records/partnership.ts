import { z } from 'zod';
import { Id, LocalizedText, PartialDate, provenance } from './primitives';

export const PartnershipKind = z.enum([
  'cooperation',
  'funding',
  'technical-assistance',
  'joint-programme',
  'coordination',
  'advocacy',
]);

export const Partnership = z
  .object({
    id: Id,
    parties: z.array(Id).min(2).describe('The organisations in partnership.'),
    kind: PartnershipKind,
    description: LocalizedText,
    steps: z.array(Id).optional().describe('Steps the partnership works on.'),
    area: Id.optional(),
    validFrom: PartialDate.optional(),
    validTo: PartialDate.optional(),
    ...provenance,
  })
  .strict();

export type Partnership = z.infer<typeof Partnership>;
