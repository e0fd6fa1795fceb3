import { startTestApi, TestApi } from '../support/test-api';

/** Known unknowns and findings: "not stated in the sources" as an answer, and the context prevention work needs. */
describe('known unknowns and findings through the API', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(() => api.stop());

  const ids = (connection: { nodes: { id: string }[] }) => connection.nodes.map((n) => n.id);

  it('answers what the sources leave open about a record, with what they do say and its citation', async () => {
    const { data, errors } = await api.execute(
      `{ knownUnknowns(about: "sinode-gks") {
           nodes { id kind basis question { english } known { english } about { id } region { id }
                   sources { file locator quote basis } } } }`,
    );
    expect(errors).toBeUndefined();
    const acronym = data.knownUnknowns.nodes.find((k: any) => k.kind === 'ACRONYM_NOT_EXPANDED');
    expect(acronym).toMatchObject({
      id: 'ku-gks-acronym',
      region: { id: 'ntt' },
      about: [{ id: 'sinode-gks' }],
      sources: [{ file: expect.stringMatching(/^004_/), locator: 'L179', basis: 'STATED' }],
    });
    expect(acronym.question.english).toContain('GKS');
    expect(data.knownUnknowns.nodes.every((k: any) => k.about.some((a: any) => a.id === 'sinode-gks'))).toBe(true);
  });

  it('lists known unknowns for a place with those of the places above it, not those elsewhere', async () => {
    const { data } = await api.execute(`{ knownUnknowns(region: "ttu", first: 100) { nodes { id region { id } } } }`);
    const found = ids(data.knownUnknowns);
    expect(found).toEqual(expect.arrayContaining(['ku-ttu-2024-task-force-decree', 'ku-ntt-task-force-members']));
    expect(found).toContain('ku-uu-18-2017-penalties'); // about Indonesia, which is above TTU
    expect(found).toContain('ku-gks-acronym'); // about NTT as a whole, which is above TTU
    expect(found).toEqual([...found].sort());
    const elsewhere = await api.execute(`{ knownUnknowns(region: "west-kalimantan", first: 100) { nodes { id } } }`);
    expect(ids(elsewhere.data.knownUnknowns)).toContain('ku-local-police-unit'); // about Indonesia
    expect(ids(elsewhere.data.knownUnknowns)).not.toContain('ku-ttu-2024-task-force-decree');
  });

  it('attaches known unknowns and findings to the organisation they concern', async () => {
    const { data, errors } = await api.execute(
      `{ organization(id: "yayasan-tapen-bikomi") { id knownUnknowns { id } findings { id kind } } }`,
    );
    expect(errors).toBeUndefined();
    expect(data.organization.findings.map((f: any) => f.id)).toEqual(
      expect.arrayContaining(['finding-ttu-tapen-bikomi-vision', 'finding-ttu-tapen-bikomi-campaign-media-films']),
    );
    const { data: task } = await api.execute(`{ taskForce(id: "gugus-tugas-ttu-2023") { knownUnknowns { id } } }`);
    expect(task.taskForce.knownUnknowns.map((k: any) => k.id)).toContain('ku-ttu-2023-task-force-head');
  });

  it('filters findings by kind, place and step, and pages them', async () => {
    const routes = await api.execute(`{ findings(kinds: [ROUTE], region: "ttu") { nodes { id kind region { id } } } }`);
    expect(routes.data.findings.nodes.length).toBeGreaterThan(0);
    expect(routes.data.findings.nodes.every((f: any) => f.kind === 'ROUTE')).toBe(true);
    expect(ids(routes.data.findings)).toContain('finding-ttu-victims-taken-via-kalimantan');
    expect(ids(routes.data.findings)).not.toContain('finding-west-kalimantan-marriage-to-foreigners');

    const first = await api.execute(`{ findings(first: 2) { nodes { id } pageInfo { hasNextPage endCursor } } }`);
    expect(first.data.findings.nodes).toHaveLength(2);
    const next = await api.execute(`query ($after: String) { findings(first: 2, after: $after) { nodes { id } } }`, {
      after: first.data.findings.pageInfo.endCursor,
    });
    expect(ids(next.data.findings)[0] > ids(first.data.findings)[1]).toBe(true);

    const media = await api.execute(
      `{ findings(step: "awareness-raising", kinds: [CAMPAIGN_MEDIA]) { nodes { id } } }`,
    );
    expect(ids(media.data.findings)).toEqual(
      expect.arrayContaining(['finding-ttu-tapen-bikomi-campaign-media-films', 'finding-ntt-iom-posters-billboards']),
    );
  });

  it('finds a known unknown by id through node(id), and refuses an unknown `about` id with NOT_FOUND', async () => {
    const node = await api.execute(`{ node(id: "ku-lsm-yabiku-acronym") { __typename id label } }`);
    expect(node.data.node).toMatchObject({ __typename: 'KnownUnknown', id: 'ku-lsm-yabiku-acronym' });

    const refused = await api.execute(`{ findings(about: "atlantis") { nodes { id } } }`);
    expect(refused.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(refused.errors?.[0]?.message).toContain('"atlantis"');
  });
});
