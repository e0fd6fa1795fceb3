import { startTestApi, TestApi } from '../support/test-api';

/** Names where ids go, and search hits that say what matched and where it belongs. */
describe('names accepted where ids are', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(() => api.stop());

  it.each([
    ['a region by acronym', '{ region(id: "TTU") { id } }', 'region', 'ttu'],
    ['an organisation by alias', '{ organization(id: "PLBN Motaain") { id } }', 'organization', 'plbn-motaain'],
    ['an instrument by citation', '{ instrument(id: "UU 21/2007") { id } }', 'instrument', 'uu-21-2007'],
    ['any record by its English citation', '{ node(id: "Law 21 of 2007") { id } }', 'node', 'uu-21-2007'],
    ['an article by citation', '{ node(id: "Pasal 58 UU 21/2007") { id } }', 'node', 'uu-21-2007-art-58'],
    ['a task force by acronym', '{ taskForce(id: "SATGAS TPPO") { id } }', 'taskForce', 'gugus-tugas-ttu-2023'],
  ])('finds %s', async (_, query, field, id) => {
    const result = await api.execute(query);
    expect(result.errors).toBeUndefined();
    expect(result.data[field].id).toBe(id);
  });

  it('filters by a region given by acronym as by its id', async () => {
    const query = (region: string) =>
      `{ responsibilities(step: "shelter", region: "${region}", asOf: "2024-01-01") { region { id } nodes { organization { id } } } }`;
    const byName = await api.execute(query('TTU'));
    expect(byName.errors).toBeUndefined();
    expect(byName.data.responsibilities.region).toEqual({ id: 'ttu' });
    expect(byName.data.responsibilities.nodes.length).toBeGreaterThan(0);
    expect(byName.data).toEqual((await api.execute(query('ttu'))).data);
  });

  it('answers an ambiguous acronym with AMBIGUOUS_NAME listing the candidates and their ids', async () => {
    const result = await api.execute('{ legalBasis(organization: "BP3TKI") { mandates { id } } }');
    expect(result.errors?.[0].extensions).toEqual({
      code: 'AMBIGUOUS_NAME',
      candidates: [
        { id: 'bp3tki', kind: 'organization' },
        { id: 'bp3tki-kupang', kind: 'organization' },
      ],
    });
    expect(result.errors?.[0].message).toMatch(/bp3tki, .*bp3tki-kupang|bp3tki \(organization\), bp3tki-kupang/);
    expect(result.http.status).toBe(400);
  });

  it('says what a name is when it names a record of another kind', async () => {
    const result = await api.execute('{ coverage(region: "Polres TTU") { asOf } }');
    expect(result.errors?.[0].extensions?.code).toBe('UNKNOWN_REGION');
    expect(result.errors?.[0].message).toMatch(/polres-ttu \(organization\)/);
  });
});

describe('search hits', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(() => api.stop());

  const SEARCH = `query Search($text: String!, $kinds: [SearchKind!]) {
    search(text: $text, kinds: $kinds, first: 3) {
      nodes { id kind label snippet node { id } owner { id } }
    }
  }`;

  it('finds an article by its Indonesian and English citation, with its law as owner', async () => {
    for (const text of ['Pasal 58', 'Art. 58']) {
      const [hit] = (await api.execute(SEARCH, { text })).data.search.nodes;
      expect(hit).toMatchObject({ id: 'uu-21-2007-art-58', kind: 'ARTICLE', node: { id: 'uu-21-2007-art-58' } });
      expect(hit.owner).toEqual({ id: 'uu-21-2007' });
    }
  });

  it('finds a duty by its words, opening its sub-task force, with the passage that matched', async () => {
    const result = await api.execute(SEARCH, { text: 'terminal darat dan pelabuhan laut', kinds: ['DUTY'] });
    const [hit] = result.data.search.nodes;
    expect(hit.kind).toBe('DUTY');
    expect(hit.node.id).toBe(hit.owner.id);
    expect(hit.label).toMatch(/ — duty [a-z]$/);
    expect(hit.snippet.toLowerCase()).toContain('terminal darat dan pelabuhan laut');
  });

  it('labels a hit in Indonesian when asked', async () => {
    const result = await api.execute(SEARCH, { text: 'terminal darat dan pelabuhan laut', kinds: ['DUTY'] }, 'id');
    expect(result.data.search.nodes[0].label).toMatch(/ — tugas [a-z]$/);
  });

  it('finds English text from an Indonesian word ("paspor" finds "passport")', async () => {
    const hits = (await api.execute(SEARCH, { text: 'paspor' })).data.search.nodes;
    expect(hits.some((h: { snippet: string }) => /passport/i.test(h.snippet))).toBe(true);
  });
});
