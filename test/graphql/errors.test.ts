import { describeApiOnEveryStore } from '../support/stores-under-test';
import { startTestApi } from '../support/test-api';

/** Bad input gets a clear error with a stable code; nothing internal leaks. */
describeApiOnEveryStore('errors', (api) => {
  const errorOf = async (query: string, variables?: Record<string, unknown>) => {
    const result = await api().execute(query, variables);
    expect(result.errors).toHaveLength(1);
    return { ...result.errors![0], status: result.http.status };
  };

  it.each([
    [
      'an unknown region',
      '{ responsibilities(step: "shelter", region: "atlantis") { asOf } }',
      'UNKNOWN_REGION',
      400,
      /regions/,
    ],
    ['an unknown step', '{ responsibilities(step: "teleport", region: "ttu") { asOf } }', 'UNKNOWN_STEP', 400, /steps/],
    [
      'a malformed date',
      '{ responsibilities(step: "shelter", region: "ttu", asOf: "2023-02-30") { asOf } }',
      'INVALID_DATE',
      400,
      /YYYY-MM-DD/,
    ],
    [
      'an unknown organisation',
      '{ legalBasis(organization: "nobody") { mandates { id } } }',
      'UNKNOWN_ORGANIZATION',
      400,
      /organisation/,
    ],
    ['an unknown id', '{ node(id: "nothing-here") { id } }', 'NOT_FOUND', 404, /nothing-here/],
    ['a bad cursor', '{ organizations(after: "bm90LWEtY3Vyc29y") { nodes { id } } }', 'INVALID_CURSOR', 400, /cursor/],
    ['a page too large', '{ organizations(first: 1000) { nodes { id } } }', 'BAD_USER_INPUT', 400, /0 to 100/],
    ['a search too short', '{ search(text: "a") { nodes { id } } }', 'BAD_USER_INPUT', 400, /2 to 200/],
    [
      'a region given as a step',
      '{ responsibilities(step: "ttu", region: "ttu") { asOf } }',
      'UNKNOWN_STEP',
      400,
      /is a place/,
    ],
  ])(
    'answers %s with its code and a message that says what was expected',
    async (_what, query, code, status, message) => {
      const error = await errorOf(query);
      expect(error.extensions).toEqual({ code });
      expect(error.status).toBe(status);
      expect(error.message).toMatch(message);
    },
  );

  it('accepts enum-style step ids (SHELTER, BORDER_INSPECTION)', async () => {
    const result = await api().execute(
      '{ responsibilities(step: "BORDER_INSPECTION", region: "belu", asOf: "2024-01-01") { nodes { organization { id } } } }',
    );
    expect(result.errors).toBeUndefined();
    expect(result.data.responsibilities.nodes.length).toBeGreaterThan(0);
  });

  it('refuses a query deeper than the limit with QUERY_TOO_COMPLEX', async () => {
    const deep =
      '{ organization(id: "polres-ttu") { parent { parent { parent { parent { parent { parent { parent { parent { parent { parent { parent { parent { id } } } } } } } } } } } } } }';
    const error = await errorOf(deep);
    expect(error.extensions).toEqual({ code: 'QUERY_TOO_COMPLEX' });
    expect(error.status).toBe(400);
  });

  it('refuses a query whose estimated cost is too high with QUERY_TOO_COMPLEX', async () => {
    const costly =
      '{ organizations(first: 100) { nodes { mandates { organization { mandates { organization { mandates { id } } } } } } } }';
    const { extensions, status } = await errorOf(costly);
    expect(extensions).toEqual({ code: 'QUERY_TOO_COMPLEX' });
    expect(status).toBe(400);
  });

  it('masks an internal failure: no stack, no message from inside', async () => {
    const broken = await startTestApi({
      ...api().store,
      listSteps: async () => {
        throw new Error('MATCH (n) secret cypher');
      },
    } as never);
    const spy = jest.spyOn(console, 'error').mockImplementation(() => {});
    try {
      const result = await broken.execute('{ steps { id } }');
      expect(result.errors).toEqual([
        { message: 'Internal server error', path: ['steps'], extensions: { code: 'INTERNAL_SERVER_ERROR' } },
      ]);
      expect(JSON.stringify(result)).not.toContain('cypher');
    } finally {
      spy.mockRestore();
      await broken.stop();
    }
  });
});
