import { z } from 'zod';
import { Id, LegalBasisRef, LocalizedText, PartialDate, provenance } from './primitives';

export const MandateRole = z.enum([
  'lead',
  'coordinator',
  'deputy-coordinator',
  'member',
  'secretariat',
  'provider',
  'supporter',
  'funder',
  'oversight',
]);

export const Mandate = z
  .object({
    id: Id,
    organization: Id,
    step: Id,
    area: Id.describe('Where the responsibility applies.'),
    role: MandateRole,
    description: LocalizedText,
    legalBasis: z.array(LegalBasisRef).optional().describe('Instrument and article, only where a source gives them.'),
    membership: Id.optional().describe('The membership (post) that gives this mandate.'),
    validFrom: PartialDate.optional(),
    validTo: PartialDate.optional(),
    ...provenance,
  })
  .strict();

export type Mandate = z.infer<typeof Mandate>;
