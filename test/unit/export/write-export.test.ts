import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { buildExport } from '../../../seed/export/build-export';
import {
  DEFAULT_EXPORT_DIR,
  parseExportArgs,
  readPreviousExport,
  writeExportFolder,
} from '../../../seed/export/write-export';
import type { Dataset } from '../../../server/knowledge/model';
import { realDataset } from '../../support/real-dataset';

describe('npm run export', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'write-export-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('writes to exports/ unless told --out, and compares with the folder it replaces unless told --previous', () => {
    expect(parseExportArgs([])).toEqual({ out: DEFAULT_EXPORT_DIR, previous: DEFAULT_EXPORT_DIR });
    expect(parseExportArgs(['--out', 'here'])).toEqual({ out: resolve('here'), previous: resolve('here') });
    expect(parseExportArgs(['--out', 'a', '--previous', 'b'])).toEqual({ out: resolve('a'), previous: resolve('b') });
    expect(parseExportArgs(['--out'])).toMatch(/^--out needs a folder; usage: npm run export/);
    expect(parseExportArgs(['--format', 'xml'])).toMatch(/^unknown option "--format"/);
  });

  it('records in CHANGES.md what the next export added, changed and retired, keeping the earlier entries', () => {
    const out = join(dir, 'exports');
    const first: Dataset = realDataset();
    writeExportFolder(out, buildExport(first, { version: '1.0.0', date: '2026-12-01' }, readPreviousExport(out)).files);
    const [retired, ...kept] = first.partnerships;
    const second: Dataset = { ...first, partnerships: kept };
    const next = buildExport(second, { version: '1.1.0', date: '2026-12-02' }, readPreviousExport(out));
    writeExportFolder(out, next.files);

    const changes = readFileSync(join(out, 'CHANGES.md'), 'utf8');
    expect(changes).toContain(`## ${next.description.version} (2026-12-02)`);
    expect(changes).toContain(`retired (1): ${retired.id}`);
    expect(changes).toMatch(/## 1\.0\.0\+[0-9a-f]{12} \(2026-12-01\)\n\nFirst export/);
    expect(readPreviousExport(out)?.records.partnerships).toEqual(kept);
    expect(existsSync(`${out}.staging-${process.pid}`)).toBe(false);
  });
});
