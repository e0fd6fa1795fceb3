import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkDataset } from '../../../seed/load-dataset';
import { hashName } from '../../../seed/validation/personal-data';
import { validFixture, writeFixture } from './fixture-dataset';

function check(mutate: (data: ReturnType<typeof validFixture>) => void) {
  const data = validFixture();
  mutate(data);
  const fixture = writeFixture(data);
  try {
    return checkDataset({ dataDir: fixture.dataDir, sourcesDir: fixture.sourcesDir }).problems;
  } finally {
    fixture.cleanup();
  }
}

const record = (data: Record<string, unknown[]>, kind: string, i = 0) => data[kind][i] as Record<string, any>;

describe('dataset validation', () => {
  it('accepts a valid dataset', () => {
    expect(check(() => {})).toEqual([]);
  });

  it('reports a schema error with file, record id and field', () => {
    const problems = check((d) => (record(d, 'mandates').role = 'boss'));
    expect(problems).toContainEqual(
      expect.objectContaining({
        code: 'SCHEMA',
        file: 'mandates/records.yaml',
        recordId: 'social-service-b-shelter',
        field: 'role',
      }),
    );
  });

  it('reports an id used twice, even across kinds', () => {
    const problems = check((d) => (record(d, 'mandates').id = 'regency-b'));
    expect(problems).toContainEqual(expect.objectContaining({ code: 'DUPLICATE_ID', recordId: 'regency-b' }));
  });

  it('reports a reference that does not resolve, and one to the wrong kind', () => {
    const problems = check((d) => {
      record(d, 'mandates').area = 'atlantis';
      record(d, 'mandates').step = 'social-service-b';
    });
    expect(problems).toContainEqual(expect.objectContaining({ code: 'UNRESOLVED_REFERENCE', field: 'area' }));
    expect(problems).toContainEqual(expect.objectContaining({ code: 'WRONG_REFERENCE_KIND', field: 'step' }));
  });

  it('reports a quote that is not in the cited lines, and says where it is', () => {
    const problems = check((d) => (record(d, 'mandates').sources[0].locator = 'L4'));
    expect(problems).toContainEqual(
      expect.objectContaining({
        code: 'QUOTE_NOT_FOUND',
        field: 'sources[0]',
        message: expect.stringContaining('it does appear from L2'),
      }),
    );
  });

  it('accepts a quote whose whitespace differs from the source (line breaks, double spaces)', () => {
    const problems = check((d) => (record(d, 'mandates').sources[0].quote = 'provides   shelter\nfor victims'));
    expect(problems).toEqual([]);
  });

  it('reports a locator past the end of the source', () => {
    const problems = check((d) => (record(d, 'mandates').sources[0].locator = 'L40'));
    expect(problems).toContainEqual(expect.objectContaining({ code: 'LOCATOR_OUT_OF_RANGE' }));
  });

  it('refuses to cite the lines of the personal-data table in 001', () => {
    const problems = check((d) => {
      d.sources.push({ file: '001_0e5a4cf207258104.txt', title: 'Paper 001', scope: 'x' });
      record(d, 'mandates').sources[0] = {
        file: '001_0e5a4cf207258104.txt',
        locator: 'L170',
        quote: 'any quote at all',
      };
    });
    expect(problems).toContainEqual(expect.objectContaining({ code: 'EXCLUDED_LINES' }));
  });

  it('reports a run of ten or more digits anywhere in a data file', () => {
    const problems = check((d) => (record(d, 'mandates').description = { en: 'ID 5304123456789012' }));
    expect(problems).toContainEqual(
      expect.objectContaining({ code: 'IDENTITY_NUMBER', file: 'mandates/records.yaml' }),
    );
  });

  it('reports a denied personal name, whatever its case or punctuation', () => {
    // One of the hashed names (an informant's pseudonym in source 001), written as a curator might.
    expect(hashName('MAWAR')).toBe(hashName('mawar'));
    const problems = check((d) => (record(d, 'organizations').description = { en: 'Led by Mrs. Mawar.' }));
    expect(problems).toContainEqual(
      expect.objectContaining({ code: 'PERSONAL_NAME', recordId: 'social-service-b', field: 'description.en' }),
    );
  });

  it('requires a note on an inferred fact', () => {
    const problems = check((d) => (record(d, 'mandates').basis = 'inferred'));
    expect(problems).toContainEqual(expect.objectContaining({ code: 'INCONSISTENT', field: 'note' }));
  });

  it('requires validFrom to come before validTo', () => {
    const problems = check((d) => Object.assign(record(d, 'mandates'), { validFrom: '2023-02-20', validTo: '2018' }));
    expect(problems).toContainEqual(expect.objectContaining({ code: 'INCONSISTENT', field: 'validTo' }));
  });

  it('reports YAML that does not parse, naming the file', () => {
    const fixture = writeFixture(validFixture());
    try {
      mkdirSync(join(fixture.dataDir, 'gaps'), { recursive: true });
      writeFileSync(join(fixture.dataDir, 'gaps', 'broken.yaml'), '- id: x\n  kind: [unclosed\n');
      const { problems } = checkDataset({ dataDir: fixture.dataDir, sourcesDir: fixture.sourcesDir });
      expect(problems).toContainEqual(expect.objectContaining({ code: 'YAML_SYNTAX', file: 'gaps/broken.yaml' }));
    } finally {
      fixture.cleanup();
    }
  });

  it('skips the quote check, and says so, when the source papers are absent', () => {
    const fixture = writeFixture(validFixture());
    try {
      const result = checkDataset({ dataDir: fixture.dataDir, sourcesDir: join(fixture.sourcesDir, 'missing') });
      expect(result.quoteCheck).toEqual({ performed: false, sourcesDir: null, checked: 0 });
      expect(result.problems).toEqual([]);
    } finally {
      fixture.cleanup();
    }
  });
});
