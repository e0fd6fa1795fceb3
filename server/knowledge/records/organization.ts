import { z } from 'zod';
import { Id, LegalBasisRef, LocalizedText, PartialDate, provenance } from './primitives';

export const OrganizationKind = z.enum([
  'ministry',
  'government-agency',
  'government-unit',
  'government',
  'police',
  'prosecutor',
  'court',
  'military',
  'immigration',
  'border-post',
  'service-centre',
  'hospital',
  'task-force',
  'sub-task-force',
  'ngo',
  'international-organization',
  'international-ngo',
  'foreign-government',
  'religious-organization',
  'alliance',
  'village-government',
  'community-group',
  'private-sector',
  'research-institution',
]);

export const Level = z.enum(['international', 'national', 'provincial', 'regency', 'district', 'village']);

export const Duty = z
  .object({
    code: z.string().min(1).describe("The duty's letter or number as printed (a, b, 1, 2)."),
    text: LocalizedText.describe(
      'The duty: the Indonesian original verbatim where the source is Indonesian, and English.',
    ),
    steps: z.array(Id).optional().describe('Steps of the vocabulary this duty belongs to.'),
    ...provenance,
  })
  .strict();

export const Organization = z
  .object({
    id: Id,
    kind: OrganizationKind,
    level: Level,
    name: LocalizedText.describe('The official name (Indonesian) and an English name.'),
    acronyms: z.array(z.string().min(1)).optional(),
    aliases: z.array(z.string().min(1)).optional().describe('Spelling variants and other names found in the sources.'),
    area: Id.optional().describe('The place whose people the organisation serves (its jurisdiction).'),
    location: Id.optional().describe('Where its office is, when stated and different from area.'),
    parent: Id.optional().describe("The organisation it belongs to (a unit's office, a sub-task force's task force)."),
    establishedBy: LegalBasisRef.optional().describe('The instrument (and article) that establishes it.'),
    founded: PartialDate.optional(),
    validFrom: PartialDate.optional().describe('For task forces: from when this formation holds.'),
    validTo: PartialDate.optional().describe('For task forces: until when this formation holds.'),
    succeeds: Id.optional().describe('For task forces: the earlier formation this one replaces.'),
    description: LocalizedText.optional().describe('What it does.'),
    duties: z.array(Duty).optional().describe('For task forces and sub-task forces: the duties the instrument gives.'),
    ...provenance,
  })
  .strict();

export type Organization = z.infer<typeof Organization>;

/** Organisations of these kinds are task forces: they have duties, members and sub-task forces. */
export const TASK_FORCE_KINDS: readonly Organization['kind'][] = ['task-force', 'sub-task-force'];

export const isTaskForce = (o: Organization): boolean => TASK_FORCE_KINDS.includes(o.kind);
