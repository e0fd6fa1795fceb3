/**
 * The questions the benchmark asks: the nine key operations with the selections a client asks for (labels, legal
 * basis, sources), each over a rotation of real arguments so that no run is one repeated request. Every id exists in
 * the real dataset, and so in the synthetic ones, which keep it whole.
 */

export interface BenchOperation {
  name: string;
  query: string;
  variables: Record<string, unknown>[];
}

const SOURCES = 'sources { file locator quote basis }';
const LEGAL_BASIS = 'legalBasis { instrument { id label } article { id label } }';
const DAYS = ['2024-01-01', '2019-06-30', '2023-03-01'];
const STEPS = ['protection', 'prevention', 'prosecution', 'shelter', 'repatriation', 'investigation', 'reintegration'];
const PLACES = ['ttu', 'kupang-city', 'belu', 'sumba-barat-daya', 'ntt', 'malaka', 'kefamenanu', 'atmen'];
const ORGANIZATIONS = [
  'yayasan-tapen-bikomi',
  'dinas-sosial-ttu',
  'polres-ttu',
  'plbn-motaain',
  'rumah-perempuan-kupang',
  'iom',
  'dinas-pppa-ttu',
  'bp3tki-kupang',
];

/** Every combination of the lists, in a fixed order: the rotation of one operation's variables. */
const combine = <A, B>(as: A[], bs: B[]) => as.flatMap((a) => bs.map((b) => [a, b] as const));

export const OPERATIONS: BenchOperation[] = [
  { name: 'typename', query: 'query Typename { __typename }', variables: [{}] },
  {
    name: 'responsibilities',
    query: `query Responsibilities($step: ID!, $region: ID!, $asOf: String) {
      responsibilities(step: $step, region: $region, asOf: $asOf, first: 50) {
        nodes { organization { id label } step { id label } role scope validFrom validTo ${LEGAL_BASIS} ${SOURCES} }
        pageInfo { hasNextPage endCursor }
      }
    }`,
    variables: combine(STEPS, PLACES).map(([step, region], i) => ({ step, region, asOf: DAYS[i % DAYS.length] })),
  },
  {
    name: 'coverage',
    query: `query Coverage($region: ID!, $asOf: String) {
      coverage(region: $region, asOf: $asOf) {
        uncoveredSteps { id label }
        steps { step { id label } covered coveredLocally responsibilities { organization { id label } role scope } }
        gaps { scope gap { id kind label description { english } } }
      }
    }`,
    variables: combine(PLACES, DAYS).map(([region, asOf]) => ({ region, asOf })),
  },
  {
    name: 'referralPaths',
    query: `query ReferralPaths($region: ID, $step: ID) {
      referralPaths(region: $region, step: $step, first: 20) {
        nodes { id label region { id label } steps { order step { id label } actors { id label } handover { english } ${SOURCES} } }
      }
    }`,
    variables: combine(['ttu', 'ntt', 'kupang-city', 'belu'], [undefined, 'criminal-prosecution', 'shelter']).map(
      ([region, step]) => ({ region, step }),
    ),
  },
  {
    name: 'search',
    query: `query Search($text: String!) { search(text: $text, first: 10) { nodes { id kind label score } } }`,
    variables: ['Tapem Bikomi', 'PLBN', 'Motamasn', 'dinas sosial', 'gugus tugas', 'Kefamenanu', 'IOM', 'shelter'].map(
      (text) => ({ text }),
    ),
  },
  {
    name: 'organization',
    query: `query Organization($id: ID!) {
      organization(id: $id) {
        id label kind level area { id label } ${SOURCES}
        mandates { id step { id label } region { id } role validFrom validTo ${LEGAL_BASIS} ${SOURCES} }
      }
    }`,
    variables: ORGANIZATIONS.map((id) => ({ id })),
  },
  {
    name: 'legalBasis',
    query: `query LegalBasis($organization: ID!) {
      legalBasis(organization: $organization) {
        organization { id label }
        mandates { id step { id } ${LEGAL_BASIS} }
        instruments { id label kind year }
        notStated { id step { id } }
      }
    }`,
    variables: ORGANIZATIONS.map((organization) => ({ organization })),
  },
  {
    name: 'partners',
    query: `query Partners($organization: ID!, $asOf: String) {
      partners(organization: $organization, asOf: $asOf) {
        existing { organization { id label } partnership { id kind validFrom validTo ${SOURCES} } }
        candidates { organization { id label } reason mandates { id step { id } } }
      }
    }`,
    variables: combine(ORGANIZATIONS, DAYS.slice(0, 2)).map(([organization, asOf]) => ({ organization, asOf })),
  },
  {
    name: 'taskForce',
    query: `query TaskForce($id: ID!) {
      taskForce(id: $id) {
        id label validFrom validTo establishedBy { instrument { id label } }
        duties { code text { english } steps { id } }
        members { position post { english } member { id label } }
        subTaskForces { id label duties { code steps { id } } members { position member { id label } } }
      }
    }`,
    variables: [
      'gugus-tugas-ttu-2023',
      'gugus-tugas-ttu-2018',
      'gugus-tugas-ttu-2023-sub-penanganan',
      'gugus-tugas-tppo-ntt',
      'gugus-tugas-tppo-nasional',
    ].map((id) => ({ id })),
  },
];

/** The request bodies of one operation, in the rotation the load generator cycles through. */
export const toBodies = (operation: BenchOperation) =>
  operation.variables.map((variables) => JSON.stringify({ query: operation.query, variables }));
