import { z } from 'zod';
import { Citation, Id, LegalBasisRef, LocalizedText, PartialDate, Pillar, provenance } from './primitives';

/** The five source papers. Bibliographic data only: no author names (see seed/README.md). */
export const SourceDocument = z
  .object({
    file: z.string(),
    title: z.string().min(1),
    year: z.number().int().optional(),
    venue: z.string().optional(),
    doi: z.string().optional(),
    scope: z.string().min(1).describe('What the paper is mainly about and where its data come from.'),
  })
  .strict();

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

export const InstrumentKind = z.enum([
  'law',
  'government-regulation',
  'presidential-regulation',
  'ministerial-regulation',
  'governor-decree',
  'regent-decree',
  'regency-regulation',
  'village-regulation',
  'national-action-plan',
  'regional-action-plan',
  'international-protocol',
  'international-convention',
  'foreign-law',
  'standard-operating-procedure',
  'guideline',
  'policy',
  'programme',
]);

export const Article = z
  .object({
    id: Id.describe('Globally unique, e.g. "uu-21-2007-art-58".'),
    number: z.string().min(1).describe('As cited: "58", "18(1)", "46".'),
    summary: LocalizedText,
    ...provenance,
  })
  .strict();

export const Penalty = z
  .object({
    text: LocalizedText,
    article: Id.optional(),
    ...provenance,
  })
  .strict();

export const InstrumentRelation = z
  .object({
    type: z.enum(['implements', 'amends', 'succeeds', 'supplements', 'based-on']),
    target: Id.describe('Id of the related instrument.'),
    ...provenance,
  })
  .strict();

export const Instrument = z
  .object({
    id: Id,
    kind: InstrumentKind,
    number: z.string().min(1).optional().describe('As printed, e.g. "21", "126/KEP/HK/II/2023". Omit when not stated.'),
    year: z.number().int().min(1900).max(2100).optional(),
    date: PartialDate.optional().describe('Date enacted, signed or set, when stated.'),
    title: LocalizedText,
    titleVariants: z.array(z.string().min(1)).optional().describe('Other renderings of the title in the sources.'),
    issuer: Id.optional().describe('Id of the issuing organisation, when it is in the dataset.'),
    issuerText: z.string().optional().describe('The issuer as the sources name it.'),
    jurisdiction: Id.describe('The place where it applies.'),
    status: z.enum(['enacted', 'draft', 'proposed', 'not-stated']).optional(),
    validFrom: PartialDate.optional(),
    validTo: PartialDate.optional(),
    summary: LocalizedText.describe('What it establishes or mandates, as far as the sources say.'),
    articles: z.array(Article).optional(),
    penalties: z.array(Penalty).optional(),
    relations: z.array(InstrumentRelation).optional(),
    ...provenance,
  })
  .strict();

export const Step = z
  .object({
    id: Id,
    pillar: Pillar,
    parent: Id.optional().describe("The broader step; a pillar's own step has none."),
    label: z
      .object({ id: z.string().min(1), en: z.string().min(1) })
      .strict()
      .describe('Label in Indonesian (id) and English (en); both are required for steps.'),
    description: LocalizedText.optional(),
    sources: z.array(Citation).optional(),
  })
  .strict();

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

export const Partnership = z
  .object({
    id: Id,
    parties: z.array(Id).min(2).describe('The organisations in partnership.'),
    kind: z.enum(['cooperation', 'funding', 'technical-assistance', 'joint-programme', 'coordination', 'advocacy']),
    description: LocalizedText,
    steps: z.array(Id).optional().describe('Steps the partnership works on.'),
    area: Id.optional(),
    validFrom: PartialDate.optional(),
    validTo: PartialDate.optional(),
    ...provenance,
  })
  .strict();

export const Gap = z
  .object({
    id: Id,
    kind: z.enum([
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
    ]),
    area: Id,
    steps: z.array(Id).optional(),
    organizations: z.array(Id).optional().describe('The organisations the gap concerns.'),
    description: LocalizedText,
    asOf: PartialDate.optional().describe('When the gap was observed, if stated.'),
    ...provenance,
  })
  .strict();

export const Statistic = z
  .object({
    id: Id,
    indicator: LocalizedText,
    value: z.number(),
    valueAsPrinted: z.string().optional(),
    unit: z.string().min(1),
    year: z.number().int().optional(),
    periodFrom: PartialDate.optional(),
    periodTo: PartialDate.optional(),
    place: Id,
    reportedBy: Id.optional().describe('The organisation the source attributes the figure to.'),
    about: Id.optional().describe('The organisation the figure is about, if any.'),
    ...provenance,
  })
  .strict();

export const Disagreement = z
  .object({
    id: Id,
    subject: Id.describe('The record the sources disagree about.'),
    field: z.string().min(1).describe('What they disagree on: name, title, sub-task force, rank...'),
    variants: z
      .array(
        z
          .object({
            value: z.string().min(1),
            asOf: PartialDate.optional(),
            sources: z.array(Citation).min(1),
          })
          .strict(),
      )
      .min(2),
    note: z.string().min(1),
  })
  .strict();

export type SourceDocument = z.infer<typeof SourceDocument>;
export type Place = z.infer<typeof Place>;
export type Organization = z.infer<typeof Organization>;
export type Instrument = z.infer<typeof Instrument>;
export type Article = z.infer<typeof Article>;
export type Step = z.infer<typeof Step>;
export type Membership = z.infer<typeof Membership>;
export type Mandate = z.infer<typeof Mandate>;
export type ReferralPath = z.infer<typeof ReferralPath>;
export type ReferralStep = z.infer<typeof ReferralStep>;
export type Partnership = z.infer<typeof Partnership>;
export type Gap = z.infer<typeof Gap>;
export type Statistic = z.infer<typeof Statistic>;
export type Disagreement = z.infer<typeof Disagreement>;
