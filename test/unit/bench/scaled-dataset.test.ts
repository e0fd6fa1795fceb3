import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkDataset } from '../../../seed/load-dataset';
import { SYNTHETIC_MARK, writeScaledDataset } from '../../../bench/scale/scaled-dataset';
import { MemoryKnowledgeStore } from '../../../server/store/memory/memory-knowledge.store';
import { memoryStoreWithRealDataset } from '../../support/real-dataset';

describe('the scaled dataset generator', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kb-scaled-'));
  const summary = writeScaledDataset(2, dir);
  const { dataset, problems } = checkDataset({
    dataDir: dir,
    sourcesDir: null,
    checkPersonalNames: false,
    checkQuotedReadings: false,
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('writes a dataset about twice the real one that the server accepts', () => {
    expect(problems).toEqual([]);
    expect(summary.records / summary.realRecords).toBeGreaterThan(1.5);
    expect(summary.records / summary.realRecords).toBeLessThan(2.5);
  });

  it('marks every added organisation and place as synthetic in its id and its name', () => {
    const added = [...dataset.organizations, ...dataset.places].filter((r) => r.id.startsWith('syn-'));
    expect(added.length).toBeGreaterThan(0);
    for (const record of added) expect(record.name.en ?? record.name.id).toMatch(new RegExp(`^${SYNTHETIC_MARK} `));
  });

  it('keeps the real answers: synthetic provinces add nothing to TTU', async () => {
    const scaled = new MemoryKnowledgeStore(dataset);
    const query = { stepId: 'protection', placeId: 'ttu', asOf: '2024-01-01' };
    const ids = (found: { mandate: { id: string } }[]) => found.map((r) => r.mandate.id);
    const real = await memoryStoreWithRealDataset().findResponsibilities(query);
    expect(real.length).toBeGreaterThan(0);
    expect(ids(await scaled.findResponsibilities(query))).toEqual(ids(real));
  });
});
