import { z } from 'zod';
import { Id, LegalBasisRef, LocalizedText, PartialDate, provenance } from './primitives';

export const ReferralStep = z
  .object({
    order: z.number().int().min(1),
    step: Id,
    actors: z.array(Id).min(1).describe('Organisations acting at this step.'),
    description: LocalizedText,
    handover: LocalizedText.optional().describe(
      'How the case or victim passes to the next step (e.g. a berita acara).',
    ),
    legalBasis: z.array(LegalBasisRef).optional(),
    ...provenance,
  })
  .strict();

export const ReferralPath = z
  .object({
    id: Id,
    name: LocalizedText,
    area: Id,
    description: LocalizedText.optional(),
    legalBasis: z.array(LegalBasisRef).optional(),
    validFrom: PartialDate.optional(),
    validTo: PartialDate.optional(),
    steps: z.array(ReferralStep).min(2),
    ...provenance,
  })
  .strict();

export type ReferralStep = z.infer<typeof ReferralStep>;
export type ReferralPath = z.infer<typeof ReferralPath>;
