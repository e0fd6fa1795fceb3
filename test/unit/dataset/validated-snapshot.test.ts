import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { InvalidDatasetError, loadDataset } from '../../../seed/load-dataset';
import { DEFAULT_DATA_DIR } from '../../../seed/paths';
import { loadValidatedDataset, toSnapshotPath } from '../../../seed/snapshot/validated-snapshot';
import { validFixture, writeFixture } from './fixture-dataset';

type Fixture = ReturnType<typeof writeFixture>;

describe('the validated snapshot', () => {
  let fixture: Fixture;
  let snapshotDir: string;
  const load = () => loadValidatedDataset({ dataDir: fixture.dataDir, snapshotDir });
  const mandatesFile = () => join(fixture.dataDir, 'mandates', 'records.yaml');

  beforeEach(() => {
    fixture = writeFixture(validFixture());
    snapshotDir = mkdtempSync(join(tmpdir(), 'kb-snapshots-'));
  });
  afterEach(() => {
    fixture.cleanup();
    rmSync(snapshotDir, { recursive: true, force: true });
  });

  it('is written after a successful validation and read on the next start, with the same dataset', () => {
    const first = load();
    const second = load();

    expect(first.from).toBe('validation');
    expect(second.from).toBe('snapshot');
    expect(second.dataset).toStrictEqual(first.dataset);
    expect(second.dataset).toStrictEqual(loadDataset({ dataDir: fixture.dataDir }));
  });

  it('is not used once a data file changed, even by one letter of the same length', () => {
    load();
    const text = readFileSync(mandatesFile(), 'utf8');
    writeFileSync(mandatesFile(), text.replace('Shelters returned victims.', 'Shelters returned Victims.'));

    const afterChange = load();

    expect(afterChange.from).toBe('validation');
    expect(afterChange.dataset.mandates[0].description?.en).toBe('Shelters returned Victims.');
    expect(load().from).toBe('snapshot');
  });

  it('is not used once a data file is added', () => {
    load();
    writeFileSync(join(fixture.dataDir, 'mandates', 'more.yaml'), '[]');

    expect(load().from).toBe('validation');
  });

  it('does not let an invalid dataset through: a broken file is refused although a snapshot exists', () => {
    load();
    const text = readFileSync(mandatesFile(), 'utf8');
    writeFileSync(mandatesFile(), text.replace('"provider"', '"boss"'));

    expect(load).toThrow(InvalidDatasetError);
    expect(load).toThrow(/role/);
  });

  it('is validated again when the snapshot file was cut off or carries another key', () => {
    load();
    const path = toSnapshotPath(snapshotDir, fixture.dataDir);
    const whole = readFileSync(path, 'utf8');
    writeFileSync(path, whole.slice(0, whole.length - 10));
    expect(load().from).toBe('validation');

    const [header, body] = [whole.slice(0, whole.indexOf('\n')), whole.slice(whole.indexOf('\n') + 1)];
    writeFileSync(path, `${header.replace(/"key":"[0-9a-f]+"/, `"key":"${'0'.repeat(64)}"`)}\n${body}`);
    expect(load().from).toBe('validation');
  });

  it('serves the validated dataset with a note when the snapshot cannot be written', () => {
    const notAFolder = join(snapshotDir, 'a-file');
    writeFileSync(notAFolder, '');

    const loaded = loadValidatedDataset({ dataDir: fixture.dataDir, snapshotDir: notAFolder });

    expect(loaded.from).toBe('validation');
    expect(loaded.dataset.mandates).toHaveLength(1);
    expect(loaded.note).toMatch(/no validated snapshot written/);
  });

  it('reads none and writes none when turned off', () => {
    expect(loadValidatedDataset({ dataDir: fixture.dataDir, snapshotDir: null }).from).toBe('validation');
    expect(loadValidatedDataset({ dataDir: fixture.dataDir, snapshotDir: null }).from).toBe('validation');
  });

  it('gives back the real dataset exactly as validated', () => {
    const realFixture = { dataDir: DEFAULT_DATA_DIR };
    const first = loadValidatedDataset({ ...realFixture, snapshotDir });
    const second = loadValidatedDataset({ ...realFixture, snapshotDir });

    expect(second.from).toBe('snapshot');
    expect(second.dataset).toStrictEqual(first.dataset);
  });
});
