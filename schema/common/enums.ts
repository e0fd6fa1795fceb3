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

/** What each enum means, as clients read it in the schema. */
const DESCRIPTIONS = {
  Pillar: 'The four pillars ("4P") of the response to trafficking.',
  Basis: 'STATED: the cited source says it. INFERRED: a curated reading of the source (see `note`).',
  RegionKind: 'What kind of place a region is.',
  OrganizationKind: 'What kind of body an organisation is.',
  Level: 'The level of government or reach an organisation works at (REGENCY includes cities).',
  InstrumentKind: 'What kind of legal instrument or policy document.',
  InstrumentStatus: 'Whether the instrument was enacted, drafted or only proposed when the sources were written.',
  InstrumentRelationType: 'How one instrument relates to another.',
  Position:
    'A post in a task force: KOORDINATOR (coordinator), WAKIL_KOORDINATOR (deputy), ANGGOTA (member), KETUA (chair), KETUA_HARIAN (managing chair), SEKRETARIS (secretary), NOT_STATED (blank in the decree).',
  MandateRole: 'The role an organisation has in a step.',
  PartnershipKind: 'What a partnership is about.',
  GapKind: 'What kind of gap the sources document.',
  KnownUnknownKind: 'What kind of question the sources leave open.',
  FindingKind: 'What a finding of the papers is about.',
  Scope:
    'LOCAL: the place asked about. FROM_ABOVE: a place that contains it (a national mandate applies in TTU). WITHIN: a place inside it.',
  SearchKind:
    'The kinds of record `search` finds: every kind of node, and the parts of records with text of their own (DUTY of a task force, PENALTY of an instrument, REFERRAL_STEP of a referral path).',
  EntityKind: 'The kinds of record in the knowledge base (what `node(id)` can return).',
  Language: 'EN: English. ID: Indonesian (Bahasa Indonesia).',
};

const register = <V extends string>(values: readonly V[], name: keyof typeof DESCRIPTIONS) => {
  const gqlEnum = toGraphQLEnum(values);
  registerEnumType(gqlEnum, { name, description: DESCRIPTIONS[name] });
  return gqlEnum;
};

export const PillarEnum = register(Pillar.options, 'Pillar');
export const BasisEnum = register(Basis.options, 'Basis');
export const PlaceKindEnum = register(PlaceKind.options, 'RegionKind');
export const OrganizationKindEnum = register(OrganizationKind.options, 'OrganizationKind');
export const LevelEnum = register(Level.options, 'Level');
export const InstrumentKindEnum = register(InstrumentKind.options, 'InstrumentKind');
export const InstrumentStatusEnum = register(InstrumentStatus.options, 'InstrumentStatus');
export const RelationTypeEnum = register(InstrumentRelationType.options, 'InstrumentRelationType');
export const PositionEnum = register(Position.options, 'Position');
export const MandateRoleEnum = register(MandateRole.options, 'MandateRole');
export const PartnershipKindEnum = register(PartnershipKind.options, 'PartnershipKind');
export const GapKindEnum = register(GapKind.options, 'GapKind');
export const KnownUnknownKindEnum = register(KnownUnknownKind.options, 'KnownUnknownKind');
export const FindingKindEnum = register(FindingKind.options, 'FindingKind');
export const ScopeEnum = register(['local', 'fromAbove', 'within'] as const, 'Scope');
export const SearchKindEnum = register(SEARCHABLE_KINDS, 'SearchKind');
export const EntityKindEnum = register(ENTITY_KINDS, 'EntityKind');
export const LanguageEnum = register(['en', 'id'] as const, 'Language');

export type Language = 'en' | 'id';
