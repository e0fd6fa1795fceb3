import { getIntrospectionQuery, print } from 'graphql';
import { startTestApi, TestApi } from '../support/test-api';
import { memoryStoreWithRealDataset } from '../support/real-dataset';
import * as organizationOps from '../../client/api/operations/organization.operations';
import * as partnerOps from '../../client/api/operations/partner.operations';
import * as referralOps from '../../client/api/operations/referral-path.operations';
import * as responsibilityOps from '../../client/api/operations/responsibility.operations';
import * as vocabularyOps from '../../client/api/operations/vocabulary.operations';

/** Every operation the typed client ships, with variables that make each one as large as the client allows. */
const CLIENT_OPERATIONS: [string, unknown, Record<string, unknown>][] = [
  ['Organization', organizationOps.ORGANIZATION, { id: 'polres-ttu' }],
  ['TaskForce', organizationOps.TASK_FORCE, { id: 'gugus-tugas-ttu-2023' }],
  ['Partners', partnerOps.PARTNERS, { organization: 'yayasan-tapen-bikomi' }],
  ['ReferralPaths', referralOps.REFERRAL_PATHS, { region: 'ttu', first: 100 }],
  ['ReferralPath', referralOps.REFERRAL_PATH, { id: 'ttu-criminal-case-referral' }],
  ['Responsibilities', responsibilityOps.RESPONSIBILITIES, { step: 'shelter', region: 'ttu', first: 100 }],
  ['LegalBasis', responsibilityOps.LEGAL_BASIS, { organization: 'plbn-motaain' }],
  ['Coverage', responsibilityOps.COVERAGE, { region: 'ttu' }],
  ['Steps', vocabularyOps.STEPS, { pillar: 'PROTECTION' }],
  ['Regions', vocabularyOps.REGIONS, {}],
  ['Search', vocabularyOps.SEARCH, { text: 'polres', first: 100 }],
];

describe('query limits', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(() => api.stop());

  it.each(CLIENT_OPERATIONS)(
    'accepts the typed client operation %s at its largest',
    async (_name, document, variables) => {
      const result = await api.execute(print(document as never), variables);
      const codes = (result.errors ?? []).map((e) => e.extensions?.code);
      expect(codes).not.toContain('QUERY_TOO_COMPLEX');
      expect(codes).not.toContain('GRAPHQL_VALIDATION_FAILED');
      expect(codes).not.toContain('BAD_USER_INPUT');
    },
  );

  it('accepts the full introspection query explorers send (its cost is its exact size, not a product of maxima)', async () => {
    const full = getIntrospectionQuery({ descriptions: true, specifiedByUrl: true, inputValueDeprecation: true });
    const result = await api.execute(full);
    expect(result.errors).toBeUndefined();
    expect(result.data.__schema.types.length).toBeGreaterThan(50);
  });

  it('refuses a query whose lists multiply past the cost limit, naming the cost and the limit', async () => {
    const result = await api.execute(
      '{ instruments(first: 100) { nodes { mandatesGranted { legalBasis { instrument { mandatesGranted { id } } } } } } }',
    );
    expect(result.errors?.[0].extensions?.code).toBe('QUERY_TOO_COMPLEX');
    expect(result.errors?.[0].message).toMatch(/estimated cost is \d+; the limit is 50000/);
  });

  it('stops resolving fields once the request is out of time, answering QUERY_TIMEOUT with 503', async () => {
    const store = memoryStoreWithRealDataset();
    const listSteps = store.listSteps.bind(store);
    store.listSteps = async () => {
      await new Promise((resolve) => setTimeout(resolve, 120));
      return listSteps();
    };
    const slow = await startTestApi(store, 50);
    try {
      const result = await slow.execute('{ steps { id children { id } } }');
      expect(result.errors?.[0].extensions?.code).toBe('QUERY_TIMEOUT');
      expect(result.http.status).toBe(503);
      expect(result.data).toBeUndefined();
    } finally {
      await slow.stop();
    }
  });
});
