import type { KnowledgeStore } from '../../server/knowledge/knowledge-store.port';
import { memoryStoreWithRealDataset } from '../support/real-dataset';
import { describeSearchRanking } from '../search/search-ranking.contract';

/**
 * The store contract, written once and run against every store on the real dataset. Each case asserts behaviour
 * drawn from the sources; against a store other than the embedded one it also expects the embedded store's exact
 * answer, so the two can never drift apart.
 */
export function describeKnowledgeStoreContract(name: string, createStore: () => Promise<KnowledgeStore>) {
  describe(`KnowledgeStore contract: ${name}`, () => {
    let store: KnowledgeStore;
    const reference = memoryStoreWithRealDataset();
    const isReference = () => name === 'embedded';

    beforeAll(async () => {
      store = await createStore();
    }, 120_000);
    afterAll(async () => {
      await store?.close();
    });

    /** Runs the same call on the store and the reference; returns the store's answer. */
    async function same<T>(call: (s: KnowledgeStore) => Promise<T>): Promise<T> {
      const answer = await call(store);
      if (!isReference()) expect(answer).toEqual(await call(reference));
      return answer;
    }
    const ids = (items: { id: string }[]) => items.map((i) => i.id);

    describeSearchRanking(() => store);

    it('answers ping', async () => {
      await expect(store.ping()).resolves.toBeUndefined();
    });

    it('lists known unknowns and findings sorted by id, and finds each by id with its kind', async () => {
      const unknowns = await same((s) => s.listKnownUnknowns());
      const findings = await same((s) => s.listFindings());
      expect(ids(unknowns)).toContain('ku-ttu-2024-task-force-decree');
      expect(ids(findings)).toContain('finding-ntt-pull-low-wage-demand-relatives-success');
      expect(ids(unknowns)).toEqual([...ids(unknowns)].sort());
      expect(ids(findings)).toEqual([...ids(findings)].sort());
      const [unknown, missing] = await same((s) => s.getKnownUnknowns(['ku-gks-acronym', 'atlantis']));
      expect(unknown).toMatchObject({ id: 'ku-gks-acronym', kind: 'acronym-not-expanded', about: ['sinode-gks'] });
      expect(missing).toBeNull();
      expect(await same((s) => s.getFindings(['finding-ntt-dry-climate']))).toMatchObject([{ area: 'ntt' }]);
      expect(await same((s) => s.getKinds(['ku-gks-acronym', 'finding-ntt-dry-climate']))).toEqual([
        'knownUnknown',
        'finding',
      ]);
    });

    it('lists the step vocabulary with the four pillars first', async () => {
      const steps = await same((s) => s.listSteps());
      expect(ids(steps.slice(0, 4))).toEqual(['prevention', 'protection', 'prosecution', 'partnership']);
      expect(ids(steps)).toEqual(
        expect.arrayContaining(['shelter', 'investigation', 'border-inspection', 'repatriation']),
      );
    });

    it('lists places sorted by id, with NTT under Indonesia and TTU under NTT', async () => {
      const places = await same((s) => s.listPlaces());
      expect(ids(places)).toEqual([...ids(places)].sort());
      expect(places.find((p) => p.id === 'ntt')?.parent).toBe('indonesia');
      expect(places.find((p) => p.id === 'ttu')?.parent).toBe('ntt');
    });

    it('lists the five source papers', async () => {
      expect((await same((s) => s.listSourceDocuments())).map((d) => d.file)).toHaveLength(5);
    });

    it('answers batched lookups in the order asked, with null for unknown ids', async () => {
      const orgs = await same((s) => s.getOrganizations(['polres-ttu', 'no-such-id', 'iom']));
      expect(orgs.map((o) => o?.id ?? null)).toEqual(['polres-ttu', null, 'iom']);
      expect(
        await same((s) => s.getKinds(['gugus-tugas-ttu-2023', 'uu-21-2007-art-58', 'ttu', 'shelter', 'nothing'])),
      ).toEqual(['taskForce', 'article', 'place', 'step', null]);
      const [article] = await same((s) => s.getArticles(['uu-18-2017-art-46']));
      expect(article?.instrumentId).toBe('uu-18-2017');
      expect((await same((s) => s.getInstruments(['kepbup-ttu-126-2023'])))[0]?.number).toMatch(/126/);
    });

    it('gives each kind of record by id', async () => {
      const first = <T extends { id: string }>(items: T[]) => items[0].id;
      const [m] = await same((s) => s.getMemberships(['dinas-sosial-ttu-koordinator-sub-penanganan-2023']));
      expect(m).toMatchObject({ member: 'dinas-sosial-ttu', position: 'koordinator' });
      const mandate = first((await reference.listMandatesByOrganization(['dinas-sosial-ttu']))[0]);
      expect((await same((s) => s.getMandates([mandate])))[0]?.organization).toBe('dinas-sosial-ttu');
      const path = first(await reference.findReferralPaths({}));
      expect((await same((s) => s.getReferralPaths([path])))[0]?.id).toBe(path);
      const gap = (await reference.findCoverage({ placeId: 'sumba-island', asOf: '2024-01-01' })).gaps[0].gap.id;
      expect((await same((s) => s.getGaps([gap, 'x']))).map((g) => g?.id ?? null)).toEqual([gap, null]);
      expect(await same((s) => s.getPartnerships(['x']))).toEqual([null]);
      expect(await same((s) => s.getStatistics(['x']))).toEqual([null]);
      expect(await same((s) => s.getDisagreements(['x']))).toEqual([null]);
    });

    it('walks memberships both ways: the posts an office holds and the posts in a sub-task force', async () => {
      const [held] = await same((s) => s.listMembershipsByMember(['dinas-sosial-ttu']));
      expect(held.map((m) => m.of)).toContain('gugus-tugas-ttu-2023-sub-penanganan');
      const [inSubB] = await same((s) => s.listMembershipsByGroup(['gugus-tugas-ttu-2023-sub-penanganan']));
      expect(inSubB.find((m) => m.position === 'koordinator')?.member).toBe('dinas-sosial-ttu');
      expect(inSubB.map((m) => m.member)).toContain('yayasan-tapen-bikomi');
    });

    it("lists a task force's sub-task forces and an office's units", async () => {
      const [subs] = await same((s) => s.listChildOrganizations(['gugus-tugas-ttu-2023']));
      expect(ids(subs)).toEqual(
        expect.arrayContaining([
          'gugus-tugas-ttu-2023-sub-pencegahan',
          'gugus-tugas-ttu-2023-sub-penanganan',
          'gugus-tugas-ttu-2023-sub-penegakan-hukum',
          'gugus-tugas-ttu-2023-sub-kerjasama',
        ]),
      );
      const [units] = await same((s) => s.listChildOrganizations(['polres-ttu']));
      expect(ids(units)).toContain('polres-ttu-sat-reskrim');
    });

    it('finds the mandates resting on an instrument, and what it establishes', async () => {
      const [onLaw18] = await same((s) => s.listMandatesByInstrument(['uu-18-2017']));
      expect(onLaw18.some((m) => (m.legalBasis ?? []).some((b) => b.article === 'uu-18-2017-art-46'))).toBe(true);
      const [established] = await same((s) => s.listOrganizationsEstablishedBy(['kepbup-ttu-126-2023']));
      expect(ids(established)).toContain('gugus-tugas-ttu-2023');
    });

    it('walks partnerships, instrument relations, issuers, disagreements and child places', async () => {
      const [partnerships] = await same((s) => s.listPartnershipsByOrganization(['yayasan-tapen-bikomi']));
      expect(partnerships.flatMap((p) => p.parties)).toContain('iom');
      await same((s) => s.listInstrumentRelations(['un-trafficking-protocol-2000', 'untoc']));
      await same((s) => s.listInstrumentsByIssuer(['pemkab-ttu']));
      const [disputes] = await same((s) => s.listDisagreementsBySubject(['yayasan-tapen-bikomi']));
      expect(disputes.length).toBeGreaterThan(0);
      const [underTtu] = await same((s) => s.listChildPlaces(['ttu']));
      expect(ids(underTtu)).toContain('insana-utara');
    });

    it('lists statistics, gaps, partnerships and disagreements by place, step and party', async () => {
      const inNtt = await same((s) => s.findStatistics({ placeId: 'ntt' }));
      expect(ids(inNtt)).toContain('stat-ntt-trafficking-cases-2022');
      expect(ids(inNtt)).not.toContain('stat-asia-pacific-victims-per-100k-2020');
      const gaps = await same((s) => s.findGaps({ placeId: 'alor-island' }));
      expect(ids(gaps)).toContain('gap-alor-no-border-post-or-immigration-office');
      await same((s) => s.findGaps({ stepId: 'protection' }));
      const partnerships = await same((s) => s.findPartnerships({ organizationId: 'yayasan-tapen-bikomi' }));
      expect(partnerships.every((p) => p.parties.includes('yayasan-tapen-bikomi'))).toBe(true);
      await same((s) => s.findPartnerships({ placeId: 'ttu', stepId: 'protection' }));
      expect((await same((s) => s.listDisagreements())).length).toBeGreaterThan(10);
    });

    it('lists the posts of an organisation and its units, and finds records by exact name', async () => {
      const [posts] = await same((s) => s.listMembershipsOfOrganizationTree(['polres-ttu']));
      expect(new Set(posts.map((m) => m.member))).toEqual(
        new Set(['polres-ttu', 'polres-ttu-sat-binmas', 'polres-ttu-sat-intelkam', 'polres-ttu-sat-reskrim']),
      );
      expect(await same((s) => s.findByName('UU No. 21 Tahun 2007'))).toEqual([
        { id: 'uu-21-2007', kind: 'instrument' },
      ]);
      expect((await same((s) => s.findByName('BP3TKI'))).map((r) => r.id)).toEqual(['bp3tki', 'bp3tki-kupang']);
    });

    it('finds responsibilities on any day when asOf is null', async () => {
      const query = { stepId: 'interception', placeId: 'ttu' };
      const anyDay = await same((s) => s.findResponsibilities({ ...query, asOf: null }));
      const onDay = await same((s) => s.findResponsibilities({ ...query, asOf: '2026-12-02' }));
      expect(anyDay.length).toBeGreaterThan(onDay.length);
    });

    it('finds by acronym, by spelling variant and despite a typo', async () => {
      expect((await store.search('PLBN', 10))[0].id).toBe('plbn');
      expect((await store.search('Tapenpah Bikomi', 5)).map((h) => h.id)).toContain('yayasan-tapen-bikomi');
      expect((await store.search('Rumah Peremuan Kupang', 5)).map((h) => h.id)).toContain('rumah-perempuan-kupang');
      expect((await store.search('Kefamenanu', 20)).map((h) => h.id)).toEqual(
        expect.arrayContaining(['kefamenanu', 'pn-kefamenanu']),
      );
    });

    it("ranks search hits alike in every store: by their names, never by an engine's own score", async () => {
      for (const text of ['PLBN', 'Motamasn', 'Tapem Bikomi', 'Kefamenanu', 'dinas sosial', 'Atambua']) {
        expect((await same((s) => s.search(text, 20))).length).toBeGreaterThan(0);
      }
    });

    it('pages organisations by id with a filter on kind, level, place and step', async () => {
      const page1 = await same((s) => s.findOrganizations({ kinds: ['sub-task-force'] }, { first: 3 }));
      expect(page1).toHaveLength(4);
      const page2 = await same((s) =>
        s.findOrganizations({ kinds: ['sub-task-force'] }, { first: 3, after: page1[2].id }),
      );
      expect(page2[0].id > page1[2].id).toBe(true);
      const inKupang = await same((s) =>
        s.findOrganizations({ placeId: 'kupang-city', stepId: 'shelter' }, { first: 50 }),
      );
      expect(ids(inKupang)).toContain('rumah-perempuan-kupang');
      const regencyCourts = await same((s) =>
        s.findOrganizations({ kinds: ['court'], levels: ['regency'] }, { first: 10 }),
      );
      expect(ids(regencyCourts)).toContain('pn-kefamenanu');
    });

    it('pages instruments filtered by kind, year and issuer', async () => {
      const laws2007 = await same((s) => s.findInstruments({ kinds: ['law'], year: 2007 }, { first: 10 }));
      expect(ids(laws2007)).toEqual(['uu-21-2007']);
      const regentDecrees = await same((s) => s.findInstruments({ kinds: ['regent-decree'] }, { first: 10 }));
      expect(ids(regentDecrees)).toEqual(expect.arrayContaining(['kepbup-ttu-126-2023', 'kepbup-ttu-190-2018']));
      await same((s) => s.findInstruments({ issuerId: 'pemprov-ntt' }, { first: 10 }));
    });

    it('names the coordinator of the TTU rehabilitation and repatriation sub-task force under the 2023 decree', async () => {
      const found = await same((s) =>
        s.findResponsibilities({ stepId: 'repatriation', placeId: 'ttu', asOf: '2024-01-01' }),
      );
      const coordinator = found.find((r) => r.mandate.role === 'coordinator');
      expect(coordinator?.mandate.organization).toBe('dinas-sosial-ttu');
      expect(coordinator?.scope).toBe('local');
      expect(coordinator?.mandate.legalBasis?.[0]?.instrument).toBe('kepbup-ttu-126-2023');
    });

    it('answers for the day asked: the 2018 task force from 2018, the 2023 one from 2023', async () => {
      const in2017 = await same((s) =>
        s.findResponsibilities({ stepId: 'prevention', placeId: 'ttu', asOf: '2017-06-01' }),
      );
      const in2020 = await same((s) =>
        s.findResponsibilities({ stepId: 'prevention', placeId: 'ttu', asOf: '2020-06-01' }),
      );
      const in2024 = await same((s) =>
        s.findResponsibilities({ stepId: 'prevention', placeId: 'ttu', asOf: '2024-06-01' }),
      );
      const orgs = (rs: typeof in2020) => rs.map((r) => r.mandate.organization);
      expect(orgs(in2020)).toContain('gugus-tugas-ttu-2018-sub-pencegahan');
      expect(orgs(in2020)).not.toContain('gugus-tugas-ttu-2023-sub-pencegahan');
      expect(orgs(in2024)).toContain('gugus-tugas-ttu-2023-sub-pencegahan');
      // No source says when the 2018 formation ended, so it has no end date; it starts in April 2018 (003 L100).
      expect(orgs(in2017)).not.toContain('gugus-tugas-ttu-2018-sub-pencegahan');
    });

    it('applies mandates from above: a national mandate answers in TTU', async () => {
      const found = await same((s) =>
        s.findResponsibilities({ stepId: 'witness-protection', placeId: 'ttu', asOf: '2024-01-01' }),
      );
      expect(found.find((r) => r.mandate.organization === 'lpsk')?.scope).toBe('fromAbove');
    });

    it('finds who gives shelter in Kupang', async () => {
      const found = await same((s) =>
        s.findResponsibilities({ stepId: 'shelter', placeId: 'kupang-city', asOf: '2024-01-01' }),
      );
      // 004 places the NGO in NTT; Kupang is only in its name, so its mandate reaches Kupang from the province.
      expect(found.find((r) => r.mandate.organization === 'rumah-perempuan-kupang')?.scope).toBe('fromAbove');
    });

    it('finds the prosecution chain in TTU, in order', async () => {
      const paths = await same((s) => s.findReferralPaths({ placeId: 'ttu', stepId: 'criminal-prosecution' }));
      const chain = paths.find((p) => p.steps.some((s) => s.actors.includes('kejari-kefamenanu')));
      const order = (actor: string) => chain?.steps.find((s) => s.actors.includes(actor))?.order ?? -1;
      expect(order('polres-ttu')).toBeGreaterThan(0);
      expect(order('polres-ttu')).toBeLessThan(order('kejari-kefamenanu'));
      expect(order('kejari-kefamenanu')).toBeLessThan(order('pn-kefamenanu'));
    });

    it('lists partners and candidates working on the same step nearby', async () => {
      const partners = await same((s) =>
        s.findPartners({ organizationId: 'yayasan-tapen-bikomi', asOf: '2024-01-01' }),
      );
      expect(partners.existing.flatMap((p) => p.parties)).toContain('iom');
      expect(partners.candidates.map((c) => c.organizationId)).not.toContain('yayasan-tapen-bikomi');
      for (const c of partners.candidates) expect(c.mandates.length).toBeGreaterThan(0);
      await same((s) =>
        s.findPartners({
          organizationId: 'rumah-perempuan-kupang',
          stepId: 'shelter',
          placeId: 'kupang-city',
          asOf: '2024-01-01',
        }),
      );
    });

    it('shows which steps nobody covers on Sumba, with the documented gaps', async () => {
      const coverage = await same((s) => s.findCoverage({ placeId: 'sumba-island', asOf: '2024-01-01' }));
      expect(coverage.steps.every((s) => s.stepId !== 'prevention')).toBe(true);
      expect(coverage.steps.some((s) => s.responsibilities.length === 0)).toBe(true);
      expect(coverage.gaps.some((g) => g.scope === 'local' && (g.gap.steps ?? []).includes('border-inspection'))).toBe(
        true,
      );
    });
  });
}
