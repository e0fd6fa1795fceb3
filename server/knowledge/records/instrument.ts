import { z } from 'zod';
import { Id, LocalizedText, PartialDate, provenance } from './primitives';

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

export const InstrumentRelationType = z.enum(['implements', 'amends', 'succeeds', 'supplements', 'based-on']);

export const InstrumentRelation = z
  .object({
    type: InstrumentRelationType,
    target: Id.describe('Id of the related instrument.'),
    ...provenance,
  })
  .strict();

export const InstrumentStatus = z.enum(['enacted', 'draft', 'proposed', 'not-stated']);

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
    status: InstrumentStatus.optional(),
    validFrom: PartialDate.optional(),
    validTo: PartialDate.optional(),
    summary: LocalizedText.describe('What it establishes or mandates, as far as the sources say.'),
    articles: z.array(Article).optional(),
    penalties: z.array(Penalty).optional(),
    relations: z.array(InstrumentRelation).optional(),
    ...provenance,
  })
  .strict();

export type Article = z.infer<typeof Article>;
export type Instrument = z.infer<typeof Instrument>;
export type InstrumentRelationType = z.infer<typeof InstrumentRelationType>;
