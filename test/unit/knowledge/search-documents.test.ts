import { emptyDataset, type Dataset } from '../../../server/knowledge/model';
import { toNameKeys, toSearchDocuments, type SearchDocument } from '../../../server/knowledge/search-documents';
import { toSnippet } from '../../../server/knowledge/search-ranking';
import { disagreement, finding, gap, knownUnknown, organization, partnership, place, statistic } from './fake-records';

/** One made-up record of every kind that carries text, with the optional texts set on some and left out on others. */
const cited = { basis: 'stated' as const, sources: [{ file: '000_aaaaaaaaaaaaaaaa.txt', locator: 'L1', quote: 'q' }] };

function world(): Dataset {
  const dataset = emptyDataset();
  dataset.places = [place('regency-b', 'regency')];
  dataset.organizations = [
    {
      ...organization('tf-b', 'task-force', 'regency-b'),
      name: { id: 'Gugus Tugas B', en: 'Task Force B' },
      duties: [
        { code: 'a', text: { id: 'Tugas a', en: 'Duty a' }, note: 'duty note' },
        { code: 'b', text: { en: 'Duty b' } },
      ],
    } as never,
  ];
  dataset.instruments = [
    {
      id: 'law-21',
      kind: 'law',
      number: '21',
      year: 2007,
      title: { en: 'Law on trafficking' },
      jurisdiction: 'regency-b',
      summary: { en: 'summary' },
      articles: [
        { id: 'law-21-art-2', number: '2', summary: { id: 'Ringkasan', en: 'Summary' }, note: 'art note', ...cited },
      ],
      penalties: [
        { text: { en: 'Prison' }, article: 'law-21-art-2', note: 'penalty note', ...cited },
        { text: { en: 'Fine' }, ...cited },
      ],
      ...cited,
    } as never,
  ];
  dataset.memberships = [
    { id: 'ms-1', member: 'tf-b', of: 'tf-b', post: { id: 'Ketua', en: 'Chair' }, note: 'ms note', ...cited },
  ] as never;
  dataset.referralPaths = [
    {
      id: 'rp-1',
      name: { en: 'Path' },
      area: 'regency-b',
      steps: [
        {
          order: 3,
          step: 'shelter',
          actors: ['tf-b'],
          description: { en: 'Take in' },
          handover: { en: 'Hand over' },
          note: 'step note',
          ...cited,
        },
      ],
      ...cited,
    },
  ] as never;
  dataset.partnerships = [partnership('pt-1', ['tf-b', 'other'])];
  dataset.gaps = [{ ...gap('gap-1', 'regency-b'), note: 'gap note' } as never];
  dataset.statistics = [
    statistic('st-year', 'regency-b', { year: 2017, reportedBy: 'tf-b', valueAsPrinted: '1,234', unit: 'cases' }),
    statistic('st-period', 'regency-b', { periodFrom: '2015', periodTo: '2018-06' }),
    statistic('st-from', 'regency-b', { periodFrom: '2019' }),
    statistic('st-undated', 'regency-b'),
  ];
  dataset.knownUnknowns = [knownUnknown('ku-1', 'head-not-named', 'regency-b', ['tf-b', 'law-21'])];
  dataset.findings = [
    finding('f-about', 'driver', 'regency-b', { about: ['law-21'] }),
    finding('f-none', 'route', 'regency-b'),
  ];
  dataset.disagreements = [disagreement('dis-1', 'tf-b')];
  return dataset;
}

const documents = toSearchDocuments(world());
const doc = (id: string): SearchDocument => {
  const found = documents.find((d) => d.id === id);
  if (found === undefined) throw new Error(`no search document ${id}`);
  return found;
};
const part = { names: [], acronyms: [], descriptors: [] };

describe('toSearchDocuments', () => {
  it('gives a task force its level as a descriptor, and each duty a document of its own', () => {
    expect(doc('tf-b')).toMatchObject({
      kind: 'taskForce',
      names: ['Gugus Tugas B', 'Task Force B'],
      descriptors: ['regency task force'],
    });
    expect(doc('tf-b#duty-a')).toEqual({
      id: 'tf-b#duty-a',
      kind: 'duty',
      recordId: 'tf-b',
      ownerId: 'tf-b',
      ...part,
      texts: ['Tugas a', 'Duty a', 'duty note'],
    });
    expect(doc('tf-b#duty-b').texts).toEqual(['Duty b']);
  });

  it('names an instrument by its citations, and its articles in both languages, alone and with the citation', () => {
    expect(doc('law-21').names).toEqual([
      'Law on trafficking',
      '21',
      'UU 21/2007',
      'UU No. 21 Tahun 2007',
      'Law 21 of 2007',
    ]);
    expect(doc('law-21-art-2')).toEqual({
      id: 'law-21-art-2',
      kind: 'article',
      recordId: 'law-21-art-2',
      ownerId: 'law-21',
      names: [
        'Pasal 2',
        'Article 2',
        'Pasal 2 UU 21/2007',
        'Article 2 UU 21/2007',
        'Pasal 2 UU No. 21 Tahun 2007',
        'Article 2 UU No. 21 Tahun 2007',
        'Pasal 2 Law 21 of 2007',
        'Article 2 Law 21 of 2007',
      ],
      acronyms: [],
      descriptors: [],
      texts: ['Ringkasan', 'Summary', 'art note'],
    });
  });

  it('numbers penalties from 1 and opens each at its article, or at the instrument when it has none', () => {
    expect(doc('law-21#penalty-1')).toEqual({
      id: 'law-21#penalty-1',
      kind: 'penalty',
      recordId: 'law-21-art-2',
      ownerId: 'law-21',
      ...part,
      texts: ['Prison', 'penalty note'],
    });
    expect(doc('law-21#penalty-2')).toMatchObject({ recordId: 'law-21', ownerId: 'law-21', texts: ['Fine'] });
  });

  it('gives a membership its post and note, owned by the group', () => {
    expect(doc('ms-1')).toEqual({
      id: 'ms-1',
      kind: 'membership',
      recordId: 'ms-1',
      ownerId: 'tf-b',
      ...part,
      texts: ['Ketua', 'Chair', 'ms note'],
    });
  });

  it('gives each referral step its description, handover and note, opening the path', () => {
    expect(doc('rp-1')).toMatchObject({ kind: 'referralPath', ownerId: null, names: ['Path'] });
    expect(doc('rp-1#step-3')).toEqual({
      id: 'rp-1#step-3',
      kind: 'referralStep',
      recordId: 'rp-1',
      ownerId: 'rp-1',
      ...part,
      texts: ['Take in', 'Hand over', 'step note'],
    });
  });

  it('owns a partnership by its first party and a gap by nobody', () => {
    expect(doc('pt-1')).toMatchObject({ kind: 'partnership', ownerId: 'tf-b', texts: ['pt-1'] });
    expect(doc('gap-1')).toMatchObject({ kind: 'gap', ownerId: null, texts: ['gap-1', 'gap note'] });
  });

  it('writes each statistic with its year or period, and its value as printed with the unit', () => {
    expect(doc('st-year')).toMatchObject({ ownerId: 'tf-b', texts: ['st-year — 2017', '1,234 cases'] });
    expect(doc('st-period')).toMatchObject({ ownerId: null, texts: ['st-period — 2015–2018-06'] });
    expect(doc('st-from').texts).toEqual(['st-from — 2019']);
    expect(doc('st-undated').texts).toEqual(['st-undated — period not stated']);
  });

  it('owns known unknowns, findings and disagreements by the first record they are about', () => {
    expect(doc('ku-1')).toMatchObject({ kind: 'knownUnknown', ownerId: 'tf-b', texts: ['ku-1', 'ku-1'] });
    expect(doc('f-about')).toMatchObject({ kind: 'finding', ownerId: 'law-21', texts: ['f-about'] });
    expect(doc('f-none').ownerId).toBeNull();
    expect(doc('dis-1')).toMatchObject({ kind: 'disagreement', ownerId: 'tf-b', texts: ['name', 'a', 'b', 'dis-1'] });
  });

  it('gives name keys to records, none to their parts', () => {
    expect(toNameKeys(doc('law-21-art-2'))).toContain('pasal 2');
    expect(toNameKeys(doc('tf-b#duty-a'))).toEqual([]);
    expect(toNameKeys(doc('law-21#penalty-1'))).toEqual([]);
    expect(toNameKeys(doc('rp-1#step-3'))).toEqual([]);
  });
});

describe('toSnippet', () => {
  const words = (n: number, from = 0) => Array.from({ length: n }, (_, i) => `w${from + i}`).join(' ');

  it('keeps a text of up to 200 characters whole', () => {
    const text = 'x'.repeat(200);
    expect(toSnippet(text, ['passport'])).toBe(text);
  });

  it('starts a long text at the beginning when the match is near it, and marks the cut at the end', () => {
    const text = `passport ${words(100)}`; // 9 + 100 words of 2-3 characters: well over 200
    const snippet = toSnippet(text, ['passport']);
    expect(snippet.startsWith('passport w0 w1')).toBe(true);
    expect(snippet.endsWith('…')).toBe(true);
    expect(snippet.length).toBeLessThanOrEqual(201);
    expect(snippet.slice(0, -1).endsWith(' ')).toBe(false); // cut at a word boundary
  });

  it('starts about 60 characters before a match far into the text, at a word, marked at both ends', () => {
    const text = `${words(100)} passport ${words(100, 100)}`;
    const snippet = toSnippet(text, ['passport']);
    expect(snippet.startsWith('…')).toBe(true);
    expect(snippet.endsWith('…')).toBe(true);
    const at = snippet.indexOf('passport');
    expect(at).toBeGreaterThan(50);
    expect(at).toBeLessThanOrEqual(62);
    expect(snippet[1]).toBe('w'); // a whole word after the mark
  });

  it('ends a match near the end with the text itself, unmarked', () => {
    const text = `${words(100)} passport end`;
    const snippet = toSnippet(text, ['passport']);
    expect(snippet.startsWith('…')).toBe(true);
    expect(snippet.endsWith('passport end')).toBe(true);
  });

  it('starts at the beginning when no word matches', () => {
    const text = words(120);
    expect(toSnippet(text, ['passport']).startsWith('w0 w1 ')).toBe(true);
  });
});
