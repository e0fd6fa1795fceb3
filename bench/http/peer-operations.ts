/**
 * The key questions of operations.ts as a developer would ask them of `@neo4j/graphql` 7 (peer-schema.ts), with the
 * same rotation of arguments, and for each the ids that must agree with our answer (peer-fairness.ts checks them).
 * Where the generated API has no argument for a filter (a referral path without a step), the developer writes a
 * second document, so a rotation may hold two documents. Selections mirror ours: labels as `nameEn`, legal basis as
 * instruments and articles, sources as the CITES relationship's locator and quote with the source's file.
 */
import { BenchOperation, OPERATIONS } from './operations';
import { stepOrUnder, VALID_ON_AS_OF } from './peer-filters';

type Json = Record<string, unknown>;
type Variables = Record<string, unknown>;

export interface PeerOperation {
  /** The operation of operations.ts it answers. */
  name: string;
  /** The document for one set of our variables, and the variables it takes. */
  toRequest(variables: Variables): { query: string; variables: Variables };
  /** The record ids each answer holds, by part: our answer's and the peer's must be the same sets. */
  ids: { ours(data: Json): Record<string, string[]>; peer(data: Json): Record<string, string[]> };
  /** True when our answer is one page of more: then the peer's may hold more, and only ours must be in it. */
  oursIsPartial?(data: Json): boolean;
}

const SOURCES = 'citesConnection { edges { properties { locator quote } node { file } } }';
const LEGAL_BASIS = 'basedOnInstruments { id nameEn } basedOnArticles { id number }';

// Answers are walked by path; a missing part is an empty list, so a wrong shape shows as a mismatch, not a crash.
const list = (value: unknown): Json[] => (Array.isArray(value) ? (value as Json[]) : []);
const at = (value: unknown, ...path: string[]): unknown =>
  path.reduce<unknown>((v, key) => (v !== null && typeof v === 'object' ? (v as Json)[key] : undefined), value);
const idsOf = (items: unknown, ...path: string[]) => list(items).map((item) => String(at(item, ...path)));
/** The records of one field on every place `around` selected (a record applies in one place: each comes once). */
const aroundRecords = (place: unknown, field: string): Json[] =>
  list(at(place, 'around')).flatMap((p) => list(p[field]));

const responsibilities: PeerOperation = {
  name: 'responsibilities',
  toRequest: ({ step, region, asOf }) => ({
    query: `query PeerResponsibilities($step: ID!, $region: ID!, $asOf: String!) {
      places(where: { id: { eq: $region } }) { around { ...Here } }
    }
    fragment Here on Place {
      id
      mandatesHere(where: { AND: [${VALID_ON_AS_OF}, { onStep: { some: ${stepOrUnder()} } }] }, sort: [{ id: ASC }]) {
        id role validFromStart validToEnd organization { id nameEn } onStep { id nameEn } appliesIn { id }
        ${LEGAL_BASIS} ${SOURCES}
      }
    }`,
    variables: { step, region, asOf },
  }),
  ids: {
    ours: (data) => ({
      organizations: idsOf(at(data, 'responsibilities', 'nodes'), 'organization', 'id'),
    }),
    peer: (data) => ({
      organizations: aroundRecords(list(data.places)[0], 'mandatesHere').flatMap((m) => idsOf(m.organization, 'id')),
    }),
  },
  oursIsPartial: (data) => at(data, 'responsibilities', 'pageInfo', 'hasNextPage') === true,
};

const coverage: PeerOperation = {
  name: 'coverage',
  toRequest: ({ region, asOf }) => ({
    query: `query PeerCoverage($region: ID!, $asOf: String!) {
      steps(where: { partOf: { some: { id: { startsWith: "" } } } }, sort: [{ order: ASC }]) { id nameEn }
      places(where: { id: { eq: $region } }) { around { ...Here } }
    }
    fragment Here on Place {
      id
      mandatesHere(where: { AND: [${VALID_ON_AS_OF}] }, sort: [{ id: ASC }]) {
        id role onStep { id } organization { id nameEn }
      }
      gapsHere(sort: [{ id: ASC }]) { id json }
    }`,
    variables: { region, asOf },
  }),
  ids: {
    ours: (data) => ({
      uncoveredSteps: idsOf(at(data, 'coverage', 'uncoveredSteps'), 'id'),
      gaps: idsOf(at(data, 'coverage', 'gaps'), 'gap', 'id'),
      organizations: list(at(data, 'coverage', 'steps')).flatMap((s) =>
        idsOf(s.responsibilities, 'organization', 'id'),
      ),
    }),
    peer: (data) => {
      const tree = list(data.places)[0];
      const mandates = aroundRecords(tree, 'mandatesHere');
      const steps = new Set(idsOf(data.steps, 'id'));
      const covered = new Set(mandates.flatMap((m) => idsOf(m.onStep, 'id')));
      return {
        uncoveredSteps: [...steps].filter((id) => !covered.has(id)),
        gaps: idsOf(aroundRecords(tree, 'gapsHere'), 'id'),
        organizations: mandates
          .filter((m) => idsOf(m.onStep, 'id').some((id) => steps.has(id)))
          .flatMap((m) => idsOf(m.organization, 'id')),
      };
    },
  },
};

const referralPaths: PeerOperation = {
  name: 'referralPaths',
  toRequest: ({ region, step }) => ({
    query: `query PeerReferralPaths($region: ID!${step === undefined ? '' : ', $step: ID!'}) {
      places(where: { id: { eq: $region } }) { around { ...Here } }
    }
    fragment Here on Place {
      id
      referralPathsHere(${step === undefined ? '' : `where: { steps: { some: { onStep: { some: ${stepOrUnder()} } } } }, `}sort: [{ id: ASC }]) {
        id json appliesIn { id nameEn }
        steps(sort: [{ order: ASC }]) { order onStep { id nameEn } actors { id nameEn } ${SOURCES} }
      }
    }`,
    variables: step === undefined ? { region } : { region, step },
  }),
  ids: {
    ours: (data) => ({ paths: idsOf(at(data, 'referralPaths', 'nodes'), 'id') }),
    peer: (data) => ({ paths: idsOf(aroundRecords(list(data.places)[0], 'referralPathsHere'), 'id') }),
  },
};

// Lucene's own query syntax and score: no typo tolerance, acronym or name tiers; the record ids differ by design.
const search: PeerOperation = {
  name: 'search',
  toRequest: ({ text }) => ({
    query: `query PeerSearch($text: String!) {
      searchEntriesFulltext(phrase: $text, first: 10) { edges { score node { recordId kind names } } }
    }`,
    variables: { text },
  }),
  ids: {
    ours: (data) => ({ records: idsOf(at(data, 'search', 'nodes'), 'id') }),
    peer: (data) => ({ records: idsOf(at(data, 'searchEntriesFulltext', 'edges'), 'node', 'recordId') }),
  },
};

const organization: PeerOperation = {
  name: 'organization',
  toRequest: ({ id }) => ({
    query: `query PeerOrganization($id: ID!) {
      organizations(where: { id: { eq: $id } }) {
        id nameEn kind level serves { id nameEn } ${SOURCES}
        mandates(sort: [{ id: ASC }]) {
          id role validFromStart validToEnd onStep { id nameEn } appliesIn { id } ${LEGAL_BASIS} ${SOURCES}
        }
      }
    }`,
    variables: { id },
  }),
  ids: {
    ours: (data) => ({ mandates: idsOf(at(data, 'organization', 'mandates'), 'id') }),
    peer: (data) => ({ mandates: list(data.organizations).flatMap((o) => idsOf(o.mandates, 'id')) }),
  },
};

const legalBasis: PeerOperation = {
  name: 'legalBasis',
  toRequest: ({ organization: id }) => ({
    query: `query PeerLegalBasis($id: ID!) {
      organizations(where: { id: { eq: $id } }) {
        id nameEn
        mandates(sort: [{ id: ASC }]) {
          id onStep { id } basedOnInstruments { id nameEn kind year } basedOnArticles { id number instrument { id } }
        }
      }
    }`,
    variables: { id },
  }),
  ids: {
    ours: (data) => ({
      mandates: idsOf(at(data, 'legalBasis', 'mandates'), 'id'),
      instruments: idsOf(at(data, 'legalBasis', 'instruments'), 'id'),
      notStated: idsOf(at(data, 'legalBasis', 'notStated'), 'id'),
    }),
    peer: (data) => {
      const mandates = list(data.organizations).flatMap((o) => list(o.mandates));
      const basisOf = (m: Json) => [
        ...idsOf(m.basedOnInstruments, 'id'),
        ...list(m.basedOnArticles).flatMap((a) => idsOf(a.instrument, 'id')),
      ];
      return {
        mandates: idsOf(mandates, 'id'),
        instruments: [...new Set(mandates.flatMap(basisOf))],
        notStated: idsOf(
          mandates.filter((m) => basisOf(m).length === 0),
          'id',
        ),
      };
    },
  },
};

/*
 * Candidates: other organisations' mandates valid on the day, on a step the organisation itself has a valid mandate
 * on, in a place around the organisation's own area, from organisations not already its partners (findPartners).
 * Every organisation of the rotation has an area; one without would need a second document without the place test.
 */
const partners: PeerOperation = {
  name: 'partners',
  toRequest: ({ organization: id, asOf }) => ({
    query: `query PeerPartners($organization: ID!, $asOf: String!) {
      organizations(where: { id: { eq: $organization } }) {
        id
        partyTo(sort: [{ id: ASC }]) { id validFromStart validToEnd json parties { id nameEn } ${SOURCES} }
        serves { around { ...Candidates } }
      }
    }
    fragment Candidates on Place {
      id
      mandatesHere(
        where: { AND: [
          ${VALID_ON_AS_OF},
          { organization: { some: { AND: [
            { NOT: { id: { eq: $organization } } },
            { NOT: { partyTo: { some: { parties: { some: { id: { eq: $organization } } } } } } }
          ] } } },
          { onStep: { some: { mandates: { some: { AND: [${VALID_ON_AS_OF}, { organization: { some: { id: { eq: $organization } } } }] } } } } }
        ] }
        sort: [{ id: ASC }]
      ) {
        id onStep { id } organization { id nameEn }
      }
    }`,
    variables: { organization: id, asOf },
  }),
  ids: {
    ours: (data) => ({
      partnerships: [...new Set(idsOf(at(data, 'partners', 'existing'), 'partnership', 'id'))],
      candidateMandates: list(at(data, 'partners', 'candidates')).flatMap((c) => idsOf(c.mandates, 'id')),
    }),
    peer: (data) => {
      const found = list(data.organizations);
      return {
        partnerships: found.flatMap((o) => idsOf(o.partyTo, 'id')),
        candidateMandates: found.flatMap((o) =>
          list(o.serves).flatMap((home) => idsOf(aroundRecords(home, 'mandatesHere'), 'id')),
        ),
      };
    },
  },
};

const MEMBERS = 'membersConnection { edges { properties { position } node { id nameEn } } }';
const taskForce: PeerOperation = {
  name: 'taskForce',
  toRequest: ({ id }) => ({
    query: `query PeerTaskForce($id: ID!) {
      taskForces(where: { id: { eq: $id } }) {
        id nameEn json establishedBy { id nameEn } ${MEMBERS}
        subTaskForces(sort: [{ id: ASC }]) { id nameEn json ${MEMBERS} }
      }
    }`,
    variables: { id },
  }),
  ids: {
    ours: (data) => ({
      members: idsOf(at(data, 'taskForce', 'members'), 'member', 'id'),
      subTaskForces: idsOf(at(data, 'taskForce', 'subTaskForces'), 'id'),
    }),
    peer: (data) => {
      const found = list(data.taskForces);
      return {
        members: found.flatMap((t) => idsOf(at(t, 'membersConnection', 'edges'), 'node', 'id')),
        subTaskForces: found.flatMap((t) => idsOf(t.subTaskForces, 'id')),
      };
    },
  },
};

export const PEER_OPERATIONS: PeerOperation[] = [
  responsibilities,
  coverage,
  referralPaths,
  search,
  organization,
  legalBasis,
  partners,
  taskForce,
];

/** Our operation a peer operation answers. */
export const oursFor = (peer: PeerOperation): BenchOperation => {
  const ours = OPERATIONS.find((o) => o.name === peer.name);
  if (ours === undefined) throw new Error(`peer operation ${peer.name} has no operation of the same name`);
  return ours;
};

/** The peer's request bodies for our operation's rotation of variables, in the same order. */
export const toPeerBodies = (peer: PeerOperation) =>
  oursFor(peer).variables.map((variables) => JSON.stringify(peer.toRequest(variables)));
