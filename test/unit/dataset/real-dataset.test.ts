import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { checkDataset } from '../../../seed/load-dataset';
import { DEFAULT_DATA_DIR, defaultSourcesDir } from '../../../seed/paths';
import { buildQualityReport } from '../../../seed/validation/quality-report';
import { SourceTexts } from '../../../seed/validation/citations';

/** The curated dataset itself: the product's heart. */
const result = checkDataset();
const report = buildQualityReport(result);
const sourcesAvailable = SourceTexts.load(defaultSourcesDir()).available;

const allDataFiles = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? allDataFiles(path) : [path];
  });

describe('the curated dataset', () => {
  it('has no problems: schema, unique ids, references, personal data, consistency', () => {
    expect(result.problems.filter((p) => p.code !== 'QUOTE_NOT_FOUND')).toEqual([]);
  });

  it('reaches the coverage the first release promises', () => {
    expect(report.counts.instruments).toBeGreaterThanOrEqual(35);
    expect(report.counts.organizations).toBeGreaterThanOrEqual(75);
    expect(report.counts.memberships).toBeGreaterThanOrEqual(40);
    expect(report.counts.mandates).toBeGreaterThanOrEqual(80);
    expect(report.counts.referralPaths).toBeGreaterThanOrEqual(10);
    expect(report.counts.partnerships).toBeGreaterThanOrEqual(20);
    expect(report.counts.places).toBeGreaterThanOrEqual(25);
    expect(report.counts.gaps).toBeGreaterThanOrEqual(25);
  });

  it('cites every one of the five source papers', () => {
    for (const [file, facts] of Object.entries(report.factsPerSource))
      expect({ file, cited: facts > 0 }).toEqual({ file, cited: true });
  });

  it('holds no run of ten or more digits (identity numbers) in any data or schema file under seed/', () => {
    const seedDir = join(DEFAULT_DATA_DIR, '..');
    // The standards' schemas vendored for the export are theirs, verbatim; their examples hold long hashes.
    const vendored = join(seedDir, 'export', 'schemas');
    const dataFiles = allDataFiles(seedDir).filter((f) => !/\.(ts|js)$/.test(f) && !f.startsWith(vendored));
    expect(dataFiles.length).toBeGreaterThan(20);
    const offending = dataFiles.filter((f) => /\d{10,}/.test(readFileSync(f, 'utf8')));
    expect(offending).toEqual([]);
  });

  it('names no private person (denied names are checked by hash in every text, quotes included)', () => {
    expect(result.problems.filter((p) => p.code === 'PERSONAL_NAME')).toEqual([]);
  });

  it('keeps the 2018 and 2023 TTU task forces as two formations, with no succession stated between them', () => {
    const tf = (id: string) => result.dataset.organizations.find((o) => o.id === id);
    expect(tf('gugus-tugas-ttu-2023')).toMatchObject({ establishedBy: { instrument: 'kepbup-ttu-126-2023' } });
    expect(tf('gugus-tugas-ttu-2018')).toMatchObject({ establishedBy: { instrument: 'kepbup-ttu-190-2018' } });
    // No source says the 2023 formation replaced the 2018 one (ku-ttu-2018-formation-end).
    expect(tf('gugus-tugas-ttu-2023')?.succeeds).toBeUndefined();
    expect(result.dataset.knownUnknowns.map((k) => k.id)).toContain('ku-ttu-2018-formation-end');
  });

  it('records the disagreements the sources contain, each variant cited', () => {
    expect(report.counts.disagreements).toBeGreaterThanOrEqual(10);
    const tapen = result.dataset.organizations.find((o) => o.id === 'yayasan-tapen-bikomi');
    expect(tapen?.aliases).toEqual(expect.arrayContaining(['Tapenpah Bikomi']));
  });
});

(sourcesAvailable ? describe : describe.skip)('quotes against the source papers', () => {
  it('finds every quote verbatim (whitespace-normalised) in the cited lines', () => {
    expect(result.quoteCheck.performed).toBe(true);
    expect(result.quoteCheck.checked).toBeGreaterThan(500);
    expect(result.problems.filter((p) => p.code === 'QUOTE_NOT_FOUND' || p.code === 'LOCATOR_OUT_OF_RANGE')).toEqual(
      [],
    );
  });
});

if (!sourcesAvailable) {
  console.warn(`Quote check SKIPPED: the source papers were not found at ${defaultSourcesDir()} (set SOURCES_DIR).`);
}
