import { registerEnumType } from 'type-graphql';
import {
  Basis,
  FindingKind,
  GapKind,
  InstrumentKind,
  InstrumentRelationType,
  InstrumentStatus,
  KnownUnknownKind,
  Level,
  MandateRole,
  OrganizationKind,
  PartnershipKind,
  Pillar,
  PlaceKind,
  Position,
  ENTITY_KINDS,
  SEARCHABLE_KINDS,
} from '../../server/knowledge/records';

/**
 * GraphQL enums are the dataset's enums, renamed to SCREAMING_SNAKE_CASE (`government-agency` ->
 * GOVERNMENT_AGENCY). The enum's internal values are the dataset's own strings, so domain records serialise as they are.
 */
function toGraphQLEnum<V extends string>(values: readonly V[]): Record<string, V> {
  return Object.fromEntries(
    values.map((v) => [
      v
        .replace(/([a-z])([A-Z])/g, '$1_$2')
        .replace(/-/g, '_')
        .toUpperCase(),
      v,
    ]),
  );
}

const register = <V extends string>(values: readonly V[], name: string, description: string) => {
  const gqlEnum = toGraphQLEnum(values);
  registerEnumType(gqlEnum, { name, description });
  return gqlEnum;
};

export const PillarEnum = register(Pillar.options, 'Pillar', 'The four pillars ("4P") of the response to trafficking.');
export const BasisEnum = register(
  Basis.options,
  'Basis',
  'STATED: the cited source says it. INFERRED: a curated reading of the source (see `note`).',
);
export const PlaceKindEnum = register(PlaceKind.options, 'RegionKind', 'What kind of place a region is.');
export const OrganizationKindEnum = register(
  OrganizationKind.options,
  'OrganizationKind',
  'What kind of body an organisation is.',
);
export const LevelEnum = register(
  Level.options,
  'Level',
  'The level of government or reach an organisation works at (REGENCY includes cities).',
);
export const InstrumentKindEnum = register(
  InstrumentKind.options,
  'InstrumentKind',
  'What kind of legal instrument or policy document.',
);
export const InstrumentStatusEnum = register(
  InstrumentStatus.options,
  'InstrumentStatus',
  'Whether the instrument was enacted, drafted or only proposed when the sources were written.',
);
export const RelationTypeEnum = register(
  InstrumentRelationType.options,
  'InstrumentRelationType',
  'How one instrument relates to another.',
);
export const PositionEnum = register(
  Position.options,
  'Position',
  'A post in a task force: KOORDINATOR (coordinator), WAKIL_KOORDINATOR (deputy), ANGGOTA (member), KETUA (chair), KETUA_HARIAN (managing chair), SEKRETARIS (secretary), NOT_STATED (blank in the decree).',
);
export const MandateRoleEnum = register(MandateRole.options, 'MandateRole', 'The role an organisation has in a step.');
export const PartnershipKindEnum = register(PartnershipKind.options, 'PartnershipKind', 'What a partnership is about.');
export const GapKindEnum = register(GapKind.options, 'GapKind', 'What kind of gap the sources document.');
export const KnownUnknownKindEnum = register(
  KnownUnknownKind.options,
  'KnownUnknownKind',
  'What kind of question the sources leave open.',
);
export const FindingKindEnum = register(FindingKind.options, 'FindingKind', 'What a finding of the papers is about.');
export const ScopeEnum = register(
  ['local', 'fromAbove', 'within'] as const,
  'Scope',
  'LOCAL: the place asked about. FROM_ABOVE: a place that contains it (a national mandate applies in TTU). WITHIN: a place inside it.',
);
export const SearchKindEnum = register(
  SEARCHABLE_KINDS,
  'SearchKind',
  'The kinds of record `search` finds: every kind of node, and the parts of records with text of their own (DUTY of a task force, PENALTY of an instrument, REFERRAL_STEP of a referral path).',
);
export const EntityKindEnum = register(
  ENTITY_KINDS,
  'EntityKind',
  'The kinds of record in the knowledge base (what `node(id)` can return).',
);
export const LanguageEnum = register(
  ['en', 'id'] as const,
  'Language',
  'EN: English. ID: Indonesian (Bahasa Indonesia).',
);

export type Language = 'en' | 'id';
