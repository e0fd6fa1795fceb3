import { z } from 'zod';
import { Id, LegalBasisRef, LocalizedText, PartialDate, provenance } from './primitives';

export const Position = z.enum([
  'ketua',
  'ketua-harian',
  'koordinator',
  'wakil-koordinator',
  'sekretaris',
  'anggota',
  'not-stated',
]);

export const Membership = z
  .object({
    id: Id,
    member: Id.describe('The organisation (office, unit) that holds the post. Never a person.'),
    of: Id.describe('The task force, sub-task force or alliance.'),
    position: Position,
    post: LocalizedText.describe('The post as printed (e.g. "Kepala Dinas Sosial Kab.TTU") and in English.'),
    legalBasis: LegalBasisRef.optional().describe('The instrument that gives the post.'),
    validFrom: PartialDate.optional(),
    validTo: PartialDate.optional(),
    ...provenance,
  })
  .strict();

export type Membership = z.infer<typeof Membership>;
