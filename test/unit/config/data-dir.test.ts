import { join } from 'node:path';
import { loadConfig } from '../../../server/config';
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
