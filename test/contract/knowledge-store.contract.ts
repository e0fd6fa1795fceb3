import type { KnowledgeStore } from '../../server/knowledge/knowledge-store.port';
import { memoryStoreWithRealDataset, realDataset } from '../support/real-dataset';
import { describeSearchRanking } from '../search/search-ranking.contract';

/**
 * The store contract, written once and run against every store on the real dataset. Each case asserts, on every
 * store, the answer the sources give (the source file and line are cited beside each expectation: 000 to 004 are the
 * papers in seed/data/sources/sources.yaml). Against a store other than the embedded one it also expects the
 * embedded store's exact answer, so the two can never drift apart; that comparison is an addition, never the only
 * check. Lists are checked for length before their items, so a case cannot pass on an empty answer.
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

    /** Runs the same call on the store and, on another store than the embedded one, on it too; returns the store's. */
    async function same<T>(call: (s: KnowledgeStore) => Promise<T>): Promise<T> {
      const answer = await call(store);
      if (!isReference()) expect(answer).toEqual(await call(reference));
      return answer;
    }
    const ids = (items: { id: string }[]) => items.map((i) => i.id);
    const isSorted = (keys: string[]) => keys.every((key, i) => i === 0 || keys[i - 1] < key);

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

    it('lists the step vocabulary with the four pillars first, each step after its pillar', async () => {
      const steps = await same((s) => s.listSteps());
      expect(ids(steps.slice(0, 4))).toEqual(['prevention', 'protection', 'prosecution', 'partnership']);
      expect(ids(steps)).toEqual(
        expect.arrayContaining(['shelter', 'investigation', 'border-inspection', 'repatriation']),
      );
      const position = (id: string) => ids(steps).indexOf(id);
      expect(steps.find((s) => s.id === 'shelter')?.parent).toBe('protection');
      expect(position('awareness-raising')).toBeLessThan(position('shelter')); // prevention's steps come first
      expect(position('shelter')).toBeLessThan(position('investigation')); // then protection's, then prosecution's
    });

    it('lists places sorted by id, with NTT under Indonesia and TTU under NTT', async () => {
      const places = await same((s) => s.listPlaces());
      expect(places.length).toBeGreaterThan(10);
      expect(isSorted(ids(places))).toBe(true);
      expect(places.find((p) => p.id === 'ntt')?.parent).toBe('indonesia');
      expect(places.find((p) => p.id === 'ttu')?.parent).toBe('ntt');
    });

    it('lists the five source papers', async () => {
      const files = (await same((s) => s.listSourceDocuments())).map((d) => d.file);
      expect(files).toHaveLength(5);
      expect(files).toContain('001_0e5a4cf207258104.txt');
    });

    it('answers batched lookups in the order asked, with null for unknown ids', async () => {
      const orgs = await same((s) => s.getOrganizations(['polres-ttu', 'no-such-id', 'iom']));
      expect(orgs.map((o) => o?.id ?? null)).toEqual(['polres-ttu', null, 'iom']);
      expect(
        await same((s) => s.getKinds(['gugus-tugas-ttu-2023', 'uu-21-2007-art-58', 'ttu', 'shelter', 'nothing'])),
      ).toEqual(['taskForce', 'article', 'place', 'step', null]);
      // 004 L133: "Article 46 of Law No. 18 of 2017 on the Protection of Indonesian Migrant Workers"
      const [article, notAnArticle] = await same((s) => s.getArticles(['uu-18-2017-art-46', 'uu-18-2017']));
      expect(article?.instrumentId).toBe('uu-18-2017');
      expect(article?.article.id).toBe('uu-18-2017-art-46');
      expect(notAnArticle).toBeNull();
      // 001 L52-59: "KEPUTUSAN BUPATI TIMOR TENGAH UTARA NOMOR 126 / KEP/HK/II/2023"
      const [decree, notAnInstrument] = await same((s) => s.getInstruments(['kepbup-ttu-126-2023', 'polres-ttu']));
      expect(decree?.number).toBe('126/KEP/HK/II/2023');
      expect(decree?.issuer).toBe('pemkab-ttu');
      expect(notAnInstrument).toBeNull();
      expect(await same((s) => s.getOrganizations(['kepbup-ttu-126-2023', 'ttu']))).toEqual([null, null]);
    });

    it('gives each kind of record by id, and null for an id of another kind', async () => {
      // 001 L79: "Kepala Dinas Sosial Kab.TTU Koordinator" (of sub-task force B, handling)
      const [m] = await same((s) => s.getMemberships(['dinas-sosial-ttu-koordinator-sub-penanganan-2023']));
      expect(m).toMatchObject({
        member: 'dinas-sosial-ttu',
        of: 'gugus-tugas-ttu-2023-sub-penanganan',
        position: 'koordinator',
      });
      // 001 L78: "REHABILITASI DAN PEMULANGAN SUB GUGUS TUGAS PENANGANAN"
      const [mandate, notAMandate] = await same((s) =>
        s.getMandates(['dinas-sosial-ttu-repatriation-2023', 'dinas-sosial-ttu']),
      );
      expect(mandate).toMatchObject({ organization: 'dinas-sosial-ttu', step: 'repatriation', area: 'ttu' });
      expect(notAMandate).toBeNull();
      // 001 L189: the prosecution chain in TTU
      const [path] = await same((s) => s.getReferralPaths(['rp-ttu-2023-prosecution-chain']));
      expect(path?.area).toBe('ttu');
      expect(path?.steps.length).toBeGreaterThan(2);
      // 004 L193: "the islands of Alor, Sumba, and Sabu. These three islands do not have border checkpoints"
      const gap = 'gap-sumba-no-border-post-or-immigration-office';
      const gaps = await same((s) => s.getGaps([gap, 'x']));
      expect(gaps.map((g) => g?.id ?? null)).toEqual([gap, null]);
      expect(gaps[0]?.area).toBe('sumba-island');
      // 003 L98: "Since 2018, the Tapen Bikomi Foundation has also established partnerships with IOM."
      const [partnership, none] = await same((s) => s.getPartnerships(['pt-tapen-bikomi-iom-victim-support', 'x']));
      expect(partnership?.parties).toEqual(expect.arrayContaining(['yayasan-tapen-bikomi', 'iom']));
      expect(none).toBeNull();
      // 000 L33: LPSK "had received 704 applications seeking for protection" within 2015-2020
      const [statistic] = await same((s) => s.getStatistics(['stat-lpsk-protection-applications-2015-2020', 'x']));
      expect(statistic?.id).toBe('stat-lpsk-protection-applications-2015-2020');
      expect(await same((s) => s.getStatistics(['x', 'iom']))).toEqual([null, null]);
      const [disagreement] = await same((s) => s.getDisagreements(['disagreement-tapen-bikomi-name']));
      expect(disagreement?.subject).toBe('yayasan-tapen-bikomi');
      expect(await same((s) => s.getDisagreements(['x']))).toEqual([null]);
    });

    it('walks memberships both ways: the posts an office holds and the posts in a sub-task force', async () => {
      const [held, none] = await same((s) => s.listMembershipsByMember(['dinas-sosial-ttu', 'no-such-id']));
      expect(held.length).toBeGreaterThan(0);
      expect(held.every((m) => m.member === 'dinas-sosial-ttu')).toBe(true);
      expect(held.map((m) => m.of)).toContain('gugus-tugas-ttu-2023-sub-penanganan'); // 001 L79
      expect(none).toEqual([]);
      const [inSubB] = await same((s) => s.listMembershipsByGroup(['gugus-tugas-ttu-2023-sub-penanganan']));
      expect(inSubB.every((m) => m.of === 'gugus-tugas-ttu-2023-sub-penanganan')).toBe(true);
      expect(inSubB.find((m) => m.position === 'koordinator')?.member).toBe('dinas-sosial-ttu');
      expect(inSubB.map((m) => m.member)).toContain('yayasan-tapen-bikomi');
      expect(isSorted(ids(inSubB))).toBe(true);
    });

    it("lists a task force's sub-task forces and an office's units", async () => {
      // 001 L121: "The TTU Regency TPPO task force consists of 4 Sub-tasks"
      const [subs, none] = await same((s) => s.listChildOrganizations(['gugus-tugas-ttu-2023', 'no-such-id']));
      expect(ids(subs)).toEqual([
        'gugus-tugas-ttu-2023-sub-kerjasama',
        'gugus-tugas-ttu-2023-sub-penanganan',
        'gugus-tugas-ttu-2023-sub-pencegahan',
        'gugus-tugas-ttu-2023-sub-penegakan-hukum',
      ]);
      expect(none).toEqual([]);
      const [units] = await same((s) => s.listChildOrganizations(['polres-ttu']));
      expect(ids(units)).toContain('polres-ttu-sat-reskrim');
      expect(units.every((u) => u.parent === 'polres-ttu')).toBe(true);
    });

    it('finds the mandates resting on an instrument, and what it establishes', async () => {
      // 004 L133: the BNPP and the border posts protect migrant workers "by Article 46 of Law No. 18 of 2017"
      const [onLaw18, none] = await same((s) => s.listMandatesByInstrument(['uu-18-2017', 'no-such-id']));
      expect(ids(onLaw18)).toEqual(expect.arrayContaining(['bnpp-protection', 'plbn-motaain-protection']));
      expect(onLaw18.every((m) => (m.legalBasis ?? []).some((b) => b.instrument === 'uu-18-2017'))).toBe(true);
      expect(onLaw18.some((m) => (m.legalBasis ?? []).some((b) => b.article === 'uu-18-2017-art-46'))).toBe(true);
      expect(none).toEqual([]);
      // 001 L121: the task force and its four sub-task forces are formed by Decree 126/KEP/HK/II/2023
      const [established, byNothing] = await same((s) =>
        s.listOrganizationsEstablishedBy(['kepbup-ttu-126-2023', 'no-such-id']),
      );
      expect(ids(established)).toEqual(
        expect.arrayContaining(['gugus-tugas-ttu-2023', 'gugus-tugas-ttu-2023-sub-kerjasama']),
      );
      expect(ids(established)).not.toContain('gugus-tugas-ttu-2018');
      expect(established.every((o) => o.establishedBy?.instrument === 'kepbup-ttu-126-2023')).toBe(true);
      expect(byNothing).toEqual([]);
    });

    it("walks an organisation's partnerships and disagreements, and a place's children", async () => {
      // 003 L98: "Since 2018, the Tapen Bikomi Foundation has also established partnerships with IOM."
      const [partnerships, none] = await same((s) =>
        s.listPartnershipsByOrganization(['yayasan-tapen-bikomi', 'no-such-id']),
      );
      expect(partnerships.length).toBeGreaterThan(0);
      expect(partnerships.every((p) => p.parties.includes('yayasan-tapen-bikomi'))).toBe(true);
      expect(partnerships.flatMap((p) => p.parties)).toContain('iom');
      expect(none).toEqual([]);
      const [disputes] = await same((s) => s.listDisagreementsBySubject(['yayasan-tapen-bikomi']));
      expect(ids(disputes)).toContain('disagreement-tapen-bikomi-name'); // 003 L42, L96 and L114 name it three ways
      expect(disputes.every((d) => d.subject === 'yayasan-tapen-bikomi')).toBe(true);
      const [underTtu, underNothing] = await same((s) => s.listChildPlaces(['ttu', 'no-such-id']));
      expect(ids(underTtu)).toEqual(expect.arrayContaining(['insana-utara', 'kefamenanu']));
      expect(underTtu.every((p) => p.parent === 'ttu')).toBe(true);
      expect(underNothing).toEqual([]);
    });

    it('gives relations both ways: the UN protocol supplements UNTOC; the 2023 TTU decree succeeds the 2018 one', async () => {
      const [protocol, untoc, decree2023, unknown] = await same((s) =>
        s.listInstrumentRelations(['un-trafficking-protocol-2000', 'untoc', 'kepbup-ttu-126-2023', 'no-such-id']),
      );
      // 000 L274: "Protocol to Prevent, Suppress and Punish Trafficking in Persons ..., supplementing the United
      // Nations Convention against Transnational Organized Crime"
      expect(protocol.outgoing).toHaveLength(1);
      expect(protocol.outgoing[0]).toMatchObject({ type: 'supplements', target: 'untoc', basis: 'stated' });
      expect(protocol.incoming).toEqual([]);
      expect(untoc.incoming).toHaveLength(1);
      expect(untoc.incoming[0]).toMatchObject({
        source: 'un-trafficking-protocol-2000',
        type: 'supplements',
        target: 'untoc',
      });
      // 001 L121 and 003 L134 (succession inferred); 001 L131: "the TPPO Task Force Decree for 2024"
      expect(decree2023.outgoing.map((r) => [r.type, r.target])).toEqual([['succeeds', 'kepbup-ttu-190-2018']]);
      expect(decree2023.incoming.map((r) => [r.source, r.type])).toEqual([['kepbup-ttu-2024-gugus-tugas', 'succeeds']]);
      expect(unknown).toEqual({ outgoing: [], incoming: [] });
    });

    it('lists the instruments each organisation issued: the TTU regent its two task-force decrees', async () => {
      const [regent, governor, nobody] = await same((s) =>
        s.listInstrumentsByIssuer(['pemkab-ttu', 'pemprov-ntt', 'no-such-id']),
      );
      // 003 L120-122 (Decree 190/KEP/HK/IV/2018) and 001 L52-59 (Decree 126/KEP/HK/II/2023)
      expect(ids(regent)).toEqual(expect.arrayContaining(['kepbup-ttu-126-2023', 'kepbup-ttu-190-2018']));
      expect(regent.every((i) => i.issuer === 'pemkab-ttu')).toBe(true);
      // 000 L135-137: Governor's Decrees 357/Kep/HK/2018, 358/Kep/HK/2018 and 24/Kep/HK/2019
      expect(ids(governor)).toEqual(
        expect.arrayContaining(['kepgub-ntt-24-2019', 'kepgub-ntt-357-2018', 'kepgub-ntt-358-2018']),
      );
      expect(governor.every((i) => i.issuer === 'pemprov-ntt')).toBe(true);
      expect(isSorted(ids(governor))).toBe(true);
      expect(nobody).toEqual([]);
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
      // The directorate's awareness mandate in TTU is dated 2015 to 2018 in the dataset: it holds on a day in 2016,
      // not on 2026-12-02, and an answer for any day has it beside every mandate of either day.
      const dated = 'kemendikbud-direktorat-literasi-kesetaraan-awareness-raising';
      const query = { stepId: 'awareness-raising', placeId: 'ttu' };
      const mandateIds = (found: { mandate: { id: string } }[]) => found.map((r) => r.mandate.id);
      const anyDay = mandateIds(await same((s) => s.findResponsibilities({ ...query, asOf: null })));
      const today = mandateIds(await same((s) => s.findResponsibilities({ ...query, asOf: '2026-12-02' })));
      const in2016 = mandateIds(await same((s) => s.findResponsibilities({ ...query, asOf: '2016-06-01' })));
      expect(today.length).toBeGreaterThan(0);
      expect(today).not.toContain(dated);
      expect(in2016).toContain(dated);
      expect(anyDay).toEqual(expect.arrayContaining([...today, ...in2016]));
      expect(anyDay.length).toBeGreaterThan(today.length);
    });

    it('finds by acronym, by spelling variant and despite a typo', async () => {
      expect((await store.search('PLBN', 10))[0].id).toBe('plbn');
      expect((await store.search('Tapenpah Bikomi', 5)).map((h) => h.id)).toContain('yayasan-tapen-bikomi');
      expect((await store.search('Rumah Peremuan Kupang', 5)).map((h) => h.id)).toContain('rumah-perempuan-kupang');
      expect((await store.search('Kefamenanu', 20)).map((h) => h.id)).toEqual(
        expect.arrayContaining(['kefamenanu', 'pn-kefamenanu']),
      );
      expect(await store.search('Kefamenanu', 1)).toHaveLength(1);
    });

    it("ranks search hits alike in every store: by their names, never by an engine's own score", async () => {
      for (const text of ['PLBN', 'Motamasn', 'Tapem Bikomi', 'Kefamenanu', 'dinas sosial', 'Atambua']) {
        expect((await same((s) => s.search(text, 20))).length).toBeGreaterThan(0);
      }
    });

    it('pages organisations by id with a filter on kind, level, place and step', async () => {
      // 003 L122 and 001 L121: four sub-task forces in 2018 and four in 2023
      const page1 = await same((s) => s.findOrganizations({ kinds: ['sub-task-force'] }, { first: 3 }));
      expect(page1).toHaveLength(4);
      expect(page1.every((o) => o.kind === 'sub-task-force')).toBe(true);
      expect(isSorted(ids(page1))).toBe(true);
      expect(page1[0].id).toBe('gugus-tugas-ttu-2018-sub-kerjasama');
      const page2 = await same((s) =>
        s.findOrganizations({ kinds: ['sub-task-force'] }, { first: 3, after: page1[2].id }),
      );
      expect(page2).toHaveLength(4);
      expect(page2[0].id).toBe(page1[3].id);
      expect(page2.every((o) => o.id > page1[2].id && o.kind === 'sub-task-force')).toBe(true);
      // 004 L177: "Rumah Perempuan Kupang ... provides temporary shelter for victims of human trafficking"
      const inKupang = await same((s) =>
        s.findOrganizations({ placeId: 'kupang-city', stepId: 'shelter' }, { first: 50 }),
      );
      expect(ids(inKupang)).toContain('rumah-perempuan-kupang');
      expect(ids(inKupang)).not.toContain('dinas-sosial-ttu'); // shelters in TTU, not in Kupang
      const regencyCourts = await same((s) =>
        s.findOrganizations({ kinds: ['court'], levels: ['regency'] }, { first: 10 }),
      );
      expect(ids(regencyCourts)).toContain('pn-kefamenanu');
      expect(regencyCourts.every((o) => o.kind === 'court' && o.level === 'regency')).toBe(true);
    });

    it('pages instruments filtered by kind, year and issuer', async () => {
      // 003 L66 and 002 L491: Law No. 21 of 2007 on the Eradication of the Crime of Trafficking in Persons
      const laws2007 = await same((s) => s.findInstruments({ kinds: ['law'], year: 2007 }, { first: 10 }));
      expect(ids(laws2007)).toEqual(['uu-21-2007']);
      const regentDecrees = await same((s) => s.findInstruments({ kinds: ['regent-decree'] }, { first: 10 }));
      expect(ids(regentDecrees)).toEqual(expect.arrayContaining(['kepbup-ttu-126-2023', 'kepbup-ttu-190-2018']));
      expect(regentDecrees.every((i) => i.kind === 'regent-decree')).toBe(true);
      // 000 L135-137: the three Governor's Decrees of NTT
      const byGovernor = await same((s) => s.findInstruments({ issuerId: 'pemprov-ntt' }, { first: 10 }));
      expect(ids(byGovernor)).toEqual(
        expect.arrayContaining(['kepgub-ntt-24-2019', 'kepgub-ntt-357-2018', 'kepgub-ntt-358-2018']),
      );
      expect(byGovernor.every((i) => i.issuer === 'pemprov-ntt')).toBe(true);
      const byGovernorIn2018 = await same((s) =>
        s.findInstruments({ issuerId: 'pemprov-ntt', year: 2018 }, { first: 1 }),
      );
      expect(ids(byGovernorIn2018)).toEqual(['kepgub-ntt-357-2018', 'kepgub-ntt-358-2018']); // first + 1
      const after = await same((s) =>
        s.findInstruments({ issuerId: 'pemprov-ntt', year: 2018 }, { first: 5, after: 'kepgub-ntt-357-2018' }),
      );
      expect(ids(after)).toEqual(['kepgub-ntt-358-2018']);
      expect(await same((s) => s.findInstruments({ issuerId: 'no-such-id' }, { first: 10 }))).toEqual([]);
    });

    it('names the coordinator of the TTU rehabilitation and repatriation sub-task force under the 2023 decree', async () => {
      // 001 L78-79: "REHABILITASI DAN PEMULANGAN SUB GUGUS TUGAS PENANGANAN" ... "Kepala Dinas Sosial Kab.TTU Koordinator"
      const found = await same((s) =>
        s.findResponsibilities({ stepId: 'repatriation', placeId: 'ttu', asOf: '2024-01-01' }),
      );
      const coordinator = found.find((r) => r.mandate.role === 'coordinator');
      expect(coordinator?.mandate.organization).toBe('dinas-sosial-ttu');
      expect(coordinator?.scope).toBe('local');
      expect(coordinator?.mandate.legalBasis?.[0]?.instrument).toBe('kepbup-ttu-126-2023');
      expect(found.every((r) => r.mandate.step === 'repatriation')).toBe(true);
      // local before fromAbove, then by mandate id
      const scopes = found.map((r) => r.scope);
      expect(scopes.indexOf('fromAbove')).toBeGreaterThan(scopes.lastIndexOf('local'));
      expect(isSorted(found.filter((r) => r.scope === 'local').map((r) => r.mandate.id))).toBe(true);
    });

    it('answers for the day asked: the 2018 task force from 2018, the 2023 one from 2023', async () => {
      // 003 L100 (the task force of April 2018) and 001 L121 (the task force of the 2023 decree)
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
      // prevention is a pillar: the answer holds mandates on the steps under it
      expect(in2024.map((r) => r.mandate.step)).toContain('awareness-raising');
    });

    it('applies mandates from above: a national mandate answers in TTU', async () => {
      // 000 L33: the Witness and Victim Protection Agency (LPSK) received applications for protection
      const found = await same((s) =>
        s.findResponsibilities({ stepId: 'witness-protection', placeId: 'ttu', asOf: '2024-01-01' }),
      );
      expect(found.find((r) => r.mandate.organization === 'lpsk')?.scope).toBe('fromAbove');
    });

    it('finds who gives shelter in Kupang, from the province where the source places it', async () => {
      // 004 L177: Rumah Perempuan Kupang "provides temporary shelter for victims of human trafficking"
      const found = await same((s) =>
        s.findResponsibilities({ stepId: 'shelter', placeId: 'kupang-city', asOf: '2024-01-01' }),
      );
      // 004 places the NGO in NTT; Kupang is only in its name, so its mandate reaches Kupang from the province.
      expect(found.find((r) => r.mandate.organization === 'rumah-perempuan-kupang')?.scope).toBe('fromAbove');
      // 001 L78-79: the TTU social office's shelter duty (sub-task force B) answers for NTT as a mandate within it
      const inNtt = await same((s) =>
        s.findResponsibilities({ stepId: 'shelter', placeId: 'ntt', asOf: '2024-01-01' }),
      );
      expect(inNtt.find((r) => r.mandate.organization === 'rumah-perempuan-kupang')?.scope).toBe('local');
      expect(inNtt.find((r) => r.mandate.id === 'dinas-sosial-ttu-shelter-2023')?.scope).toBe('within');
    });

    it('finds the prosecution chain in TTU, in order', async () => {
      // 001 L189: cases handled "to completion" by "the TTU Police & TTU Court"; the chain is in the dataset
      const paths = await same((s) => s.findReferralPaths({ placeId: 'ttu', stepId: 'criminal-prosecution' }));
      expect(ids(paths)).toContain('rp-ttu-2023-prosecution-chain');
      const chain = paths.find((p) => p.steps.some((s) => s.actors.includes('kejari-kefamenanu')));
      const order = (actor: string) => chain?.steps.find((s) => s.actors.includes(actor))?.order ?? -1;
      expect(order('polres-ttu')).toBeGreaterThan(0);
      expect(order('polres-ttu')).toBeLessThan(order('kejari-kefamenanu'));
      expect(order('kejari-kefamenanu')).toBeLessThan(order('pn-kefamenanu'));
      const all = await same((s) => s.findReferralPaths({}));
      expect(all.length).toBeGreaterThan(paths.length);
      expect(isSorted(ids(all))).toBe(true);
    });

    it('lists partners and candidates working on the same step nearby', async () => {
      // 003 L98: "Since 2018, the Tapen Bikomi Foundation has also established partnerships with IOM."
      const partners = await same((s) =>
        s.findPartners({ organizationId: 'yayasan-tapen-bikomi', asOf: '2024-01-01' }),
      );
      expect(partners.existing.flatMap((p) => p.parties)).toContain('iom');
      const candidateIds = partners.candidates.map((c) => c.organizationId);
      expect(candidateIds.length).toBeGreaterThan(0);
      expect(candidateIds).not.toContain('yayasan-tapen-bikomi');
      expect(candidateIds).not.toContain('iom'); // already a partner
      expect(isSorted(candidateIds)).toBe(true);
      for (const c of partners.candidates) expect(c.mandates.length).toBeGreaterThan(0);
      // 004 L171: IOM gives "shelter for victims experiencing trauma symptoms" in NTT, which is above Kupang
      const shelterInKupang = await same((s) =>
        s.findPartners({
          organizationId: 'rumah-perempuan-kupang',
          stepId: 'shelter',
          placeId: 'kupang-city',
          asOf: '2024-01-01',
        }),
      );
      const iom = shelterInKupang.candidates.find((c) => c.organizationId === 'iom');
      expect(iom?.mandates.map((m) => m.id)).toEqual(['iom-shelter']);
      expect(shelterInKupang.candidates.length).toBeGreaterThan(0);
      expect(shelterInKupang.candidates.every((c) => c.mandates.every((m) => m.step === 'shelter'))).toBe(true);
      expect(shelterInKupang.candidates.map((c) => c.organizationId)).not.toContain('rumah-perempuan-kupang');
    });

    it('reads back every record of the dataset as curated, each kind sorted by id', async () => {
      const dataset = await same((s) => s.readDataset());
      const curated = realDataset();
      const byId = <T extends { id: string }>(items: T[]) => [...items].sort((a, b) => (a.id < b.id ? -1 : 1));
      const { sources, steps, ...kindsWithIds } = curated;
      for (const [kind, records] of Object.entries(kindsWithIds)) {
        expect({ kind, records: dataset[kind as keyof typeof kindsWithIds] }).toEqual({
          kind,
          records: byId(records as { id: string }[]),
        });
      }
      expect(dataset.steps).toEqual(await store.listSteps());
      expect(byId(dataset.steps)).toEqual(byId(steps));
      expect(dataset.sources).toEqual([...sources].sort((a, b) => (a.file < b.file ? -1 : 1)));
    });

    it('shows which steps nobody covers on Sumba, with the documented gaps', async () => {
      const coverage = await same((s) => s.findCoverage({ placeId: 'sumba-island', asOf: '2024-01-01' }));
      expect(coverage).toMatchObject({ placeId: 'sumba-island', asOf: '2024-01-01' });
      const stepIds = coverage.steps.map((s) => s.stepId);
      expect(stepIds).not.toContain('prevention'); // pillars are not steps of the coverage
      expect(stepIds).toContain('border-inspection');
      expect(coverage.steps.some((s) => s.responsibilities.length === 0)).toBe(true);
      const covered = coverage.steps.filter((s) => s.responsibilities.length > 0);
      expect(covered.length).toBeGreaterThan(0);
      expect(covered.every((s) => s.responsibilities.every((r) => r.mandate.step === s.stepId))).toBe(true);
      // 004 L193: Alor, Sumba and Sabu "do not have border checkpoints or immigration" offices
      const sumbaGap = coverage.gaps.find((g) => g.gap.id === 'gap-sumba-no-border-post-or-immigration-office');
      expect(sumbaGap?.scope).toBe('local');
      expect(sumbaGap?.gap.steps).toContain('border-inspection');
      expect(coverage.gaps[0].scope).toBe('local'); // local gaps first
      expect(coverage.gaps.some((g) => g.scope === 'fromAbove' && g.gap.area === 'ntt')).toBe(true);
    });
  });
}
