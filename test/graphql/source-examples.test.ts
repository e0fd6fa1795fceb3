import { describeApiOnEveryStore } from '../support/stores-under-test';

/** Questions drawn from the source papers, asked the way a client asks them. */
describeApiOnEveryStore('the API answers the questions the sources settle', (api) => {
  it('names Dinas Sosial TTU as coordinator of the rehabilitation and repatriation sub-task force under Decree 126/2023', async () => {
    const { data, errors } = await api().execute(
      `query Coordinator($step: ID!, $region: ID!, $asOf: String) {
        responsibilities(step: $step, region: $region, asOf: $asOf, first: 100) {
          asOf
          nodes { organization { id label } role scope legalBasis { instrument { id number } }
                  membership { position group { id } } sources { file locator quote basis } }
        }
      }`,
      { step: 'repatriation', region: 'ttu', asOf: '2024-01-01' },
    );
    expect(errors).toBeUndefined();
    const coordinator = data.responsibilities.nodes.find((r: any) => r.role === 'COORDINATOR');
    expect(coordinator).toMatchObject({
      organization: { id: 'dinas-sosial-ttu' },
      scope: 'LOCAL',
      legalBasis: [{ instrument: { id: 'kepbup-ttu-126-2023' } }],
      membership: { position: 'KOORDINATOR', group: { id: 'gugus-tugas-ttu-2023-sub-penanganan' } },
    });
    expect(coordinator.sources[0]).toMatchObject({
      file: '001_0e5a4cf207258104.txt',
      basis: expect.stringMatching(/STATED|INFERRED/),
    });
  });

  it("gives Law 18/2017 Art. 46 as the legal basis of the border posts' duty to protect migrant workers", async () => {
    const { data, errors } = await api().execute(
      `{ legalBasis(organization: "plbn") { mandates { step { id } legalBasis { instrument { id } article { id number } } } } }`,
    );
    expect(errors).toBeUndefined();
    const articles = data.legalBasis.mandates.flatMap((m: any) => m.legalBasis.map((b: any) => b.article?.id));
    expect(articles).toContain('uu-18-2017-art-46');
  });

  it('lists the organisations that give shelter in Kupang, Rumah Perempuan Kupang among them', async () => {
    const { data } = await api().execute(
      `{ responsibilities(step: "shelter", region: "kupang-city", asOf: "2024-01-01") { nodes { organization { id } scope } } }`,
    );
    expect(data.responsibilities.nodes).toContainEqual({
      organization: { id: 'rumah-perempuan-kupang' },
      // 004 places the NGO in NTT (Kupang is only in its name), so it answers in Kupang from the province.
      scope: 'FROM_ABOVE',
    });
  });

  it('traces the prosecution chain in TTU from police to prosecutor to court', async () => {
    const { data } = await api().execute(
      `{ referralPaths(region: "ttu", step: "criminal-prosecution") { nodes { id steps { order step { id } actors { id } handover { english } } } } }`,
    );
    const chain = data.referralPaths.nodes.find((p: any) =>
      p.steps.some((s: any) => s.actors.some((a: any) => a.id === 'kejari-kefamenanu')),
    );
    const steps = chain.steps.map((s: any) => s.step.id);
    expect(steps.indexOf('investigation')).toBeLessThan(steps.indexOf('criminal-prosecution'));
    expect(steps.indexOf('criminal-prosecution')).toBeLessThan(steps.indexOf('trial'));
  });

  it('shows the steps nobody covers on Sumba and its documented gaps: no border post, no immigration office', async () => {
    const { data } = await api().execute(
      `{ coverage(region: "sumba-island", asOf: "2024-01-01") { region { id } uncoveredSteps { id } steps { step { id } covered coveredLocally } gaps { scope gap { id kind steps { id } } } } }`,
    );
    const { coverage } = data;
    expect(coverage.uncoveredSteps.length).toBeGreaterThan(0);
    for (const s of coverage.uncoveredSteps)
      expect(coverage.steps.find((c: any) => c.step.id === s.id).covered).toBe(false);
    const local = coverage.gaps.filter((g: any) => g.scope === 'LOCAL').map((g: any) => g.gap);
    expect(
      local.some(
        (g: any) => g.kind === 'MISSING_INSTITUTION' && g.steps.some((s: any) => s.id === 'border-inspection'),
      ),
    ).toBe(true);
  });

  it('answers for the day asked: the 2018 task force from 2018, the 2023 one from 2023', async () => {
    const query = `query ($asOf: String) { responsibilities(step: "interception", region: "ttu", asOf: $asOf, first: 100) { nodes { organization { id } } } }`;
    const ids = async (asOf: string) =>
      (await api().execute(query, { asOf })).data.responsibilities.nodes.map((r: any) => r.organization.id);
    expect(await ids('2019-06-01')).toContain('gugus-tugas-ttu-2018-sub-pencegahan');
    expect(await ids('2017-06-01')).not.toContain('gugus-tugas-ttu-2018-sub-pencegahan');
    expect(await ids('2019-06-01')).not.toContain('gugus-tugas-ttu-2023-sub-pencegahan');
    expect(await ids('2024-06-01')).toContain('gugus-tugas-ttu-2023-sub-pencegahan');
  });

  it('describes the 2023 TTU task force with its four sub-task forces, duties and member posts', async () => {
    const { data } = await api()
      .execute(`{ taskForce(id: "gugus-tugas-ttu-2023") { label(lang: ID) succeeds { id } establishedBy { instrument { id } }
      subTaskForces { id duties { code text { indonesian english } } members { position member { id } } } } }`);
    const tf = data.taskForce;
    // No source says the 2023 formation succeeds the 2018 one (ku-ttu-2018-formation-end).
    expect(tf.succeeds).toBeNull();
    expect(tf.establishedBy.instrument.id).toBe('kepbup-ttu-126-2023');
    expect(tf.subTaskForces).toHaveLength(4);
    const subB = tf.subTaskForces.find((s: any) => s.id === 'gugus-tugas-ttu-2023-sub-penanganan');
    expect(subB.members).toContainEqual({ position: 'KOORDINATOR', member: { id: 'dinas-sosial-ttu' } });
    expect(subB.duties.map((d: any) => d.code)).toEqual(['a', 'b', 'c', 'd', 'e', 'f']);
    expect(subB.duties[0].text.indonesian).toMatch(/pelayanan kesehatan/);
  });

  it('finds organisations by acronym, spelling variant and despite typos, best match first', async () => {
    const hits = async (text: string) =>
      (
        await api().execute(`query ($t: String!) { search(text: $t, first: 5) { nodes { id kind label } } }`, {
          t: text,
        })
      ).data.search.nodes;
    expect((await hits('LPSK'))[0]).toMatchObject({ id: 'lpsk', kind: 'ORGANIZATION' });
    expect((await hits('Tapem Bikomi')).map((h: any) => h.id)).toContain('yayasan-tapen-bikomi');
    expect((await hits('Motamasn')).map((h: any) => h.id)).toContain('plbn-motamasin');
  });

  it('labels entities in the language asked for, and by Accept-Language by default', async () => {
    const q = `{ node(id: "shelter") { ... on Step { label en: label(lang: EN) } } }`;
    expect((await api().execute(q, {}, 'id')).data.node).toEqual({ label: 'Penampungan / rumah aman', en: 'Shelter' });
  });

  it('reads any entity back through node(id)', async () => {
    for (const [id, type] of [
      ['uu-21-2007-art-58', 'Article'],
      ['ttu', 'Region'],
      ['gugus-tugas-ttu-2023', 'TaskForce'],
      ['iom', 'Organization'],
    ]) {
      const { data } = await api().execute(`query ($id: ID!) { node(id: $id) { __typename id label } }`, { id });
      expect(data.node).toMatchObject({ __typename: type, id });
    }
  });

  it('lists existing and candidate partners, each candidate with its reason', async () => {
    const { data } = await api().execute(
      `{ partners(organization: "yayasan-tapen-bikomi", asOf: "2024-01-01") { existing { organization { id } partnership { validFrom sources { quote } } } candidates { organization { id } reason } } }`,
    );
    expect(data.partners.existing.map((p: any) => p.organization.id)).toContain('iom');
    expect(data.partners.candidates.length).toBeGreaterThan(0);
    for (const c of data.partners.candidates) expect(c.reason).toMatch(/^Works on /);
  });

  it('pages organisations with opaque cursors', async () => {
    const q = `query ($after: String) { organizations(first: 5, after: $after) { nodes { id } pageInfo { hasNextPage endCursor } } }`;
    const first = (await api().execute(q)).data.organizations;
    const second = (await api().execute(q, { after: first.pageInfo.endCursor })).data.organizations;
    expect(first.pageInfo.hasNextPage).toBe(true);
    expect(second.nodes[0].id > first.nodes[4].id).toBe(true);
    expect(first.pageInfo.endCursor).not.toContain(first.nodes[4].id);
  });
});
