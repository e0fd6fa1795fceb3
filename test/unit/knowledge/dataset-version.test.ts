import { countRecords, describeDataset, toCanonicalJson } from '../../../server/knowledge/dataset-version';
import { emptyDataset } from '../../../server/knowledge/model';
import { instrument, organization, place } from './fake-records';

const release = { version: '1.2.0', date: '2026-12-01' };

function world() {
  const dataset = emptyDataset();
  dataset.places = [place('country-a', 'country')];
  dataset.organizations = [organization('office-b', 'government-agency', 'country-a')];
  dataset.instruments = [
    { ...instrument('law-a', 2007), articles: [{ id: 'law-a-art-1', number: '1', text: { en: 'x' } }] as never },
    { ...instrument('law-b', 2017), articles: [{ id: 'law-b-art-1' }, { id: 'law-b-art-2' }] as never },
    instrument('decree-c', 2023),
  ];
  return dataset;
}

describe('toCanonicalJson', () => {
  it('sorts keys at every depth and leaves out undefined values, so key order never changes the text', () => {
    expect(toCanonicalJson({ b: 1, a: { d: [2, { z: null, y: 'x' }], c: undefined } })).toBe(
      '{"a":{"d":[2,{"y":"x","z":null}]},"b":1}',
    );
    expect(toCanonicalJson({ a: 1, b: 2 })).toBe(toCanonicalJson({ b: 2, a: 1 }));
  });

  it('writes scalars and arrays as JSON does, keeping array order', () => {
    expect(toCanonicalJson([3, 'a', true, null])).toBe('[3,"a",true,null]');
    expect(toCanonicalJson('x"y')).toBe('"x\\"y"');
  });
});

describe('countRecords', () => {
  it('counts each kind and the articles inside instruments', () => {
    const counts = countRecords(world());
    expect(counts).toMatchObject({ places: 1, organizations: 1, instruments: 3, mandates: 0, articles: 3 });
  });
});

describe('describeDataset', () => {
  it('stamps the release with the first 12 hex digits of a SHA-256 over the canonical content', () => {
    const description = describeDataset(world(), release);
    expect(description.contentHash).toMatch(/^[0-9a-f]{64}$/);
    expect(description.version).toBe(`1.2.0+${description.contentHash.slice(0, 12)}`);
    expect(description).toMatchObject({ release: '1.2.0', date: '2026-12-01', counts: { articles: 3 } });
  });

  it('changes the hash with any change of content, and only then', () => {
    const before = describeDataset(world(), release).contentHash;
    expect(describeDataset(world(), { ...release, date: '2027-01-01' }).contentHash).toBe(before);
    const changed = world();
    changed.places[0] = { ...changed.places[0], name: { en: 'Country A' } };
    expect(describeDataset(changed, release).contentHash).not.toBe(before);
  });
});
