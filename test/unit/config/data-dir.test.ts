import { join } from 'node:path';
import { DEFAULT_SNAPSHOT_DIR, loadConfig } from '../../../server/config';
import { DEFAULT_DATA_DIR } from '../../../seed/paths';

describe('KB_DATA_DIR', () => {
  it('leaves the curated dataset in place when unset', () => {
    expect(loadConfig({}).dataDir).toBeUndefined();
  });

  it('points the embedded store at another dataset folder', () => {
    expect(loadConfig({ KB_DATA_DIR: DEFAULT_DATA_DIR }).dataDir).toBe(DEFAULT_DATA_DIR);
  });

  it('refuses a folder that holds no dataset, saying what a dataset folder looks like', () => {
    const notADataset = join(DEFAULT_DATA_DIR, 'places');
    expect(() => loadConfig({ KB_DATA_DIR: notADataset })).toThrow(/KB_DATA_DIR must be a dataset folder .*places\//);
  });
});

describe('KB_SNAPSHOT_DIR', () => {
  it('keeps validated snapshots under dist/ by default, beside nothing a curator edits', () => {
    expect(loadConfig({}).snapshotDir).toBe(DEFAULT_SNAPSHOT_DIR);
    expect(DEFAULT_SNAPSHOT_DIR).toMatch(/[/\\]dist[/\\]dataset-snapshots$/);
  });

  it('takes another folder, or off for none', () => {
    expect(loadConfig({ KB_SNAPSHOT_DIR: '/tmp/kb-snapshots' }).snapshotDir).toBe('/tmp/kb-snapshots');
    expect(loadConfig({ KB_SNAPSHOT_DIR: 'off' }).snapshotDir).toBeNull();
  });
});
