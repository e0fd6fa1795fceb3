import { buildExport } from '../../seed/export/build-export';
import { readRelease } from '../../seed/release';
import { MemoryKnowledgeStore } from '../../server/store/memory/memory-knowledge.store';
import { realDataset } from '../support/real-dataset';
import { startTestApi, TestApi } from '../support/test-api';

const DATASET = `{ dataset { version release date contentHash downloadsPath
  counts { sources places organizations instruments articles steps memberships mandates referralPaths partnerships gaps statistics disagreements knownUnknowns findings } } }`;

describe('dataset { version date counts }', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(() => api.stop());

  it("gives the curators' release and date with the content hash, and a count per kind", async () => {
    const { data, errors } = await api.execute(DATASET);
    expect(errors).toBeUndefined();
    const release = readRelease();
    expect(data.dataset.version).toBe(`${release.version}+${data.dataset.contentHash.slice(0, 12)}`);
    expect(data.dataset.contentHash).toMatch(/^[0-9a-f]{64}$/);
    expect(data.dataset).toMatchObject({ release: release.version, date: release.date, downloadsPath: '/data/' });
    const curated = realDataset();
    const { articles, ...kinds } = data.dataset.counts;
    expect(kinds).toEqual(Object.fromEntries(Object.entries(curated).map(([kind, records]) => [kind, records.length])));
    expect(articles).toBe(curated.instruments.reduce((n, i) => n + (i.articles?.length ?? 0), 0));
  });

  it('prints the same version as the export of the same data', async () => {
    const { data } = await api.execute(DATASET);
    const records = buildExport(await api.store.readDataset(), readRelease(), null).files.find(
      (f) => f.path === 'records.json',
    )!;
    expect(JSON.parse(records.content).dataset.version).toBe(data.dataset.version);
  });

  it('changes version when the content changes', async () => {
    const { data } = await api.execute(DATASET);
    const curated = realDataset();
    const edited = new MemoryKnowledgeStore({ ...curated, gaps: curated.gaps.slice(1) });
    const other = await startTestApi(edited);
    try {
      const answer = await other.execute(DATASET);
      expect(answer.data.dataset.version).not.toBe(data.dataset.version);
      expect(answer.data.dataset.counts.gaps).toBe(curated.gaps.length - 1);
    } finally {
      await other.stop();
    }
  });
});
