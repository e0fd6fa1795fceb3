import { mkdtempSync, mkdirSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A tiny, valid dataset in a temporary folder, and a way to break it, for the validator's tests. */
export const SOURCE_FILE = '000_aaaaaaaaaaaaaaaa.txt';

export const SOURCE_TEXT = [
  'Line one of the paper.',
  'The Social Service of the regency provides shelter',
  'for victims of trafficking returned from abroad.',
  'Line four.',
].join('\n');

const cite = (locator: string, quote: string) => [{ file: SOURCE_FILE, locator, quote }];

export function validFixture(): Record<string, unknown[]> {
  return {
    sources: [{ file: SOURCE_FILE, title: 'A paper', scope: 'Test fixture.' }],
    places: [
      {
        id: 'country-a',
        kind: 'country',
        name: { en: 'Country A' },
        basis: 'stated',
        sources: cite('L1', 'Line one of the paper'),
      },
      {
        id: 'regency-b',
        kind: 'regency',
        name: { en: 'Regency B' },
        parent: 'country-a',
        basis: 'stated',
        sources: cite('L2', 'Social Service of the regency'),
      },
    ],
    steps: [
      { id: 'protection', pillar: 'protection', label: { id: 'Perlindungan', en: 'Protection' } },
      { id: 'shelter', pillar: 'protection', parent: 'protection', label: { id: 'Penampungan', en: 'Shelter' } },
    ],
    organizations: [
      {
        id: 'social-service-b',
        kind: 'government-agency',
        level: 'regency',
        name: { en: 'Social Service' },
        area: 'regency-b',
        basis: 'stated',
        sources: cite('L2', 'The Social Service of the regency'),
      },
    ],
    mandates: [
      {
        id: 'social-service-b-shelter',
        organization: 'social-service-b',
        step: 'shelter',
        area: 'regency-b',
        role: 'provider',
        description: { en: 'Shelters returned victims.' },
        basis: 'stated',
        sources: cite('L2-3', 'provides shelter for victims of trafficking'),
      },
    ],
  };
}

const FOLDERS: Record<string, string> = { referralPaths: 'referral-paths' };

/** Writes the fixture as YAML-compatible JSON files (JSON is YAML) and the source paper; returns the folders. */
export function writeFixture(data: Record<string, unknown[]>): {
  dataDir: string;
  sourcesDir: string;
  cleanup: () => void;
} {
  const root = mkdtempSync(join(tmpdir(), 'kb-fixture-'));
  const dataDir = join(root, 'data');
  const sourcesDir = join(root, 'sources');
  mkdirSync(sourcesDir, { recursive: true });
  writeFileSync(join(sourcesDir, SOURCE_FILE), SOURCE_TEXT);
  for (const [kind, records] of Object.entries(data)) {
    const folder = join(dataDir, FOLDERS[kind] ?? kind);
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, 'records.yaml'), JSON.stringify(records, null, 2));
  }
  return { dataDir, sourcesDir, cleanup: () => rmSync(root, { recursive: true, force: true }) };
}
