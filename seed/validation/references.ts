import type { Dataset } from '../schema/kinds';
import type { EntityKind as CoreEntityKind } from '../../server/knowledge/records';

/** The kinds of thing a dataset id can name: the core's, where a task force is still an organisation. */
export type EntityKind = Exclude<CoreEntityKind, 'taskForce'>;

/** One id a record points at, with the field it sits in and the kinds it may name. */
export interface Reference {
  field: string;
  id: string;
  expect: EntityKind[] | 'any';
}

type Rec<K extends keyof Dataset> = Dataset[K][number];
type LegalBasis = { instrument: string; article?: string };

const ref = (field: string, id: string | undefined, ...expect: EntityKind[]): Reference[] =>
  id === undefined ? [] : [{ field, id, expect }];
const refs = (field: string, ids: string[] | undefined, ...expect: EntityKind[]): Reference[] =>
  (ids ?? []).flatMap((id, i) => ref(`${field}[${i}]`, id, ...expect));
const legalBasisRefs = (field: string, basis: LegalBasis | undefined): Reference[] =>
  basis === undefined
    ? []
    : [
        ...ref(`${field}.instrument`, basis.instrument, 'instrument'),
        ...ref(`${field}.article`, basis.article, 'article'),
      ];
const legalBasesRefs = (field: string, bases: LegalBasis[] | undefined): Reference[] =>
  (bases ?? []).flatMap((b, i) => legalBasisRefs(`${field}[${i}]`, b));

/** Every id each kind of record points at. One place to read the dataset's graph shape. */
export const REFERENCES_OF: { [K in keyof Dataset]: (record: Rec<K>) => Reference[] } = {
  sources: () => [],
  places: (p) => [...ref('parent', p.parent, 'place'), ...ref('island', p.island, 'place')],
  organizations: (o) => [
    ...ref('area', o.area, 'place'),
    ...ref('location', o.location, 'place'),
    ...ref('parent', o.parent, 'organization'),
    ...ref('succeeds', o.succeeds, 'organization'),
    ...legalBasisRefs('establishedBy', o.establishedBy),
    ...(o.duties ?? []).flatMap((d, i) => refs(`duties[${i}].steps`, d.steps, 'step')),
  ],
  instruments: (x) => [
    ...ref('issuer', x.issuer, 'organization'),
    ...ref('jurisdiction', x.jurisdiction, 'place'),
    ...(x.relations ?? []).flatMap((r, i) => ref(`relations[${i}].target`, r.target, 'instrument')),
    ...(x.penalties ?? []).flatMap((p, i) => ref(`penalties[${i}].article`, p.article, 'article')),
  ],
  steps: (s) => ref('parent', s.parent, 'step'),
  memberships: (m) => [
    ...ref('member', m.member, 'organization'),
    ...ref('of', m.of, 'organization'),
    ...legalBasisRefs('legalBasis', m.legalBasis),
  ],
  mandates: (m) => [
    ...ref('organization', m.organization, 'organization'),
    ...ref('step', m.step, 'step'),
    ...ref('area', m.area, 'place'),
    ...ref('membership', m.membership, 'membership'),
    ...legalBasesRefs('legalBasis', m.legalBasis),
  ],
  referralPaths: (p) => [
    ...ref('area', p.area, 'place'),
    ...legalBasesRefs('legalBasis', p.legalBasis),
    ...p.steps.flatMap((s, i) => [
      ...ref(`steps[${i}].step`, s.step, 'step'),
      ...refs(`steps[${i}].actors`, s.actors, 'organization'),
      ...legalBasesRefs(`steps[${i}].legalBasis`, s.legalBasis),
    ]),
  ],
  partnerships: (p) => [
    ...refs('parties', p.parties, 'organization'),
    ...refs('steps', p.steps, 'step'),
    ...ref('area', p.area, 'place'),
  ],
  gaps: (g) => [
    ...ref('area', g.area, 'place'),
    ...refs('steps', g.steps, 'step'),
    ...refs('organizations', g.organizations, 'organization'),
  ],
  statistics: (s) => [
    ...ref('place', s.place, 'place'),
    ...ref('reportedBy', s.reportedBy, 'organization'),
    ...ref('about', s.about, 'organization'),
  ],
  disagreements: (d) => [{ field: 'subject', id: d.subject, expect: 'any' }],
  knownUnknowns: (k) => [
    ...ref('area', k.area, 'place'),
    ...k.about.map((id, i) => ({ field: `about[${i}]`, id, expect: 'any' as const })),
  ],
  findings: (f) => [
    ...ref('area', f.area, 'place'),
    ...refs('steps', f.steps, 'step'),
    ...(f.about ?? []).map((id, i) => ({ field: `about[${i}]`, id, expect: 'any' as const })),
  ],
};

/** The entity kind each record kind's ids name (sources are keyed by file, not id). */
export const ENTITY_KIND_OF: { [K in keyof Dataset]: EntityKind | null } = {
  sources: null,
  places: 'place',
  organizations: 'organization',
  instruments: 'instrument',
  steps: 'step',
  memberships: 'membership',
  mandates: 'mandate',
  referralPaths: 'referralPath',
  partnerships: 'partnership',
  gaps: 'gap',
  statistics: 'statistic',
  disagreements: 'disagreement',
  knownUnknowns: 'knownUnknown',
  findings: 'finding',
};
