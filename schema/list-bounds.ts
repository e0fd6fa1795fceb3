import {
  defaultFieldResolver,
  getNullableType,
  GraphQLFieldResolver,
  GraphQLSchema,
  isListType,
  isObjectType,
} from 'graphql';

/**
 * The most items each plain (unpaged) list of the API returns. The cost model multiplies by these numbers, so they
 * must be true upper bounds: `enforceListBounds` cuts a longer list to its bound (and logs it), and a test checks that
 * the real dataset stays below every bound, so for the published data the cut never happens. The numbers are about
 * twice the longest list in the dataset (measured by test/unit/list-bounds.test.ts), leaving room to grow.
 */
export const LIST_BOUNDS: Readonly<Record<string, number>> = {
  'Query.regions': 150,
  'Query.steps': 50,
  'Query.sources': 20,
  'Article.mandatesGranted': 10,
  'Article.sources': 5,
  'CandidatePartner.mandates': 15,
  'Coverage.gaps': 150,
  'Coverage.steps': 50,
  'Coverage.uncoveredSteps': 50,
  'Disagreement.variants': 12,
  'DisagreementVariant.sources': 6,
  'Duty.sources': 4,
  'Duty.steps': 10,
  'Gap.organizations': 6,
  'Gap.sources': 8,
  'Gap.steps': 8,
  'Finding.about': 8,
  'Finding.sources': 10,
  'Finding.steps': 10,
  'KnownUnknown.about': 12,
  'KnownUnknown.sources': 10,
  'Instrument.articles': 20,
  'Instrument.disagreements': 4,
  'Instrument.findings': 20,
  'Instrument.establishes': 10,
  'Instrument.mandatesGranted': 100,
  'Instrument.penalties': 10,
  'Instrument.relations': 6,
  'Instrument.sources': 20,
  'Instrument.titleVariants': 8,
  'Instrument.knownUnknowns': 20,
  'InstrumentRelation.sources': 4,
  'LegalBasisReport.instruments': 10,
  'LegalBasisReport.mandates': 35,
  'LegalBasisReport.notStated': 30,
  'Mandate.legalBasis': 4,
  'Mandate.sources': 10,
  'Membership.sources': 6,
  'Organization.acronyms': 6,
  // An organisation and its units hold at most a few posts each (Polres TTU and its three units: 4).
  'PostList.nodes': 40,
  'Organization.aliases': 16,
  'Organization.disagreements': 6,
  'Organization.findings': 20,
  'Organization.instrumentsIssued': 8,
  'Organization.knownUnknowns': 20,
  'Organization.mandates': 35,
  'Organization.members': 25,
  'Organization.memberships': 8,
  'Organization.partnerships': 25,
  'Organization.sources': 32,
  'Organization.units': 25,
  'Partners.candidates': 100,
  'Partners.existing': 40,
  'Partnership.parties': 12,
  'Partnership.findings': 10,
  'Partnership.knownUnknowns': 10,
  'Partnership.sources': 12,
  'Partnership.steps': 12,
  'Penalty.sources': 4,
  'ReferralPath.legalBasis': 6,
  'ReferralPath.findings': 10,
  'ReferralPath.knownUnknowns': 10,
  'ReferralPath.sources': 6,
  'ReferralPath.steps': 20,
  'ReferralStep.actors': 12,
  'ReferralStep.legalBasis': 4,
  'ReferralStep.sources': 12,
  'Region.aliases': 20,
  'Region.children': 36,
  'Region.findings': 50,
  'Region.knownUnknowns': 40,
  'Region.sources': 16,
  'Responsibility.legalBasis': 4,
  'Responsibility.sources': 10,
  'Statistic.sources': 4,
  'Statistic.findings': 10,
  'Statistic.knownUnknowns': 10,
  'Step.children': 20,
  'Step.sources': 4,
  'StepCoverage.responsibilities': 60,
  'TaskForce.acronyms': 6,
  'TaskForce.aliases': 16,
  'TaskForce.disagreements': 6,
  'TaskForce.findings': 20,
  'TaskForce.duties': 18,
  'TaskForce.instrumentsIssued': 8,
  'TaskForce.knownUnknowns': 20,
  'TaskForce.mandates': 35,
  'TaskForce.members': 25,
  'TaskForce.memberships': 8,
  'TaskForce.partnerships': 25,
  'TaskForce.sources': 20,
  'TaskForce.subTaskForces': 8,
  'TaskForce.units': 25,
};

/** Whether a field is a page's own list (`edges`/`nodes` of a connection): it holds `first` items, counted above it. */
export const isConnectionList = (typeName: string, fieldName: string): boolean =>
  typeName.endsWith('Connection') && (fieldName === 'edges' || fieldName === 'nodes');

/** Every plain list of the API's own types (introspection excluded), as `Type.field`. */
export function plainListsOf(schema: GraphQLSchema): string[] {
  const lists: string[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      if (isListType(getNullableType(field.type)) && !isConnectionList(type.name, field.name)) {
        lists.push(`${type.name}.${field.name}`);
      }
    }
  }
  return lists;
}

/**
 * Makes every bounded list of the schema return at most its bound, so the cost model's numbers hold whatever a store
 * returns. A cut is logged once per field: it means a bound has become too small for the data.
 */
export function enforceListBounds(
  schema: GraphQLSchema,
  bounds: Readonly<Record<string, number>> = LIST_BOUNDS,
  onCut: (field: string, length: number, bound: number) => void = logCut,
): void {
  for (const [name, bound] of Object.entries(bounds)) {
    const [typeName, fieldName] = name.split('.');
    const type = schema.getType(typeName);
    const field = isObjectType(type) ? type.getFields()[fieldName] : undefined;
    if (!field) throw new Error(`LIST_BOUNDS names ${name}, which the schema does not have`);
    const resolve: GraphQLFieldResolver<unknown, unknown> = field.resolve ?? defaultFieldResolver;
    const cut = (value: unknown) => {
      if (!Array.isArray(value) || value.length <= bound) return value;
      onCut(name, value.length, bound);
      return value.slice(0, bound);
    };
    field.resolve = (source, args, context, info) => {
      const value = resolve(source, args, context, info);
      return value instanceof Promise ? value.then(cut) : cut(value);
    };
  }
  const missing = plainListsOf(schema).filter((name) => bounds[name] === undefined);
  if (missing.length > 0) throw new Error(`plain lists without a bound in LIST_BOUNDS: ${missing.join(', ')}`);
}

const reported = new Set<string>();
function logCut(field: string, length: number, bound: number): void {
  if (reported.has(field)) return;
  reported.add(field);
  console.warn(`${field} had ${length} items; answered the first ${bound} (raise its bound in schema/list-bounds.ts)`);
}
