import type { SearchDocument } from '../../../server/knowledge/search-documents';
import { rankSearchHits, toSnippet } from '../../../server/knowledge/search-ranking';
import { editsWithin, toEngineWords, toSearchKey } from '../../../server/knowledge/search-text';

const doc = (id: string, fields: Partial<SearchDocument>): SearchDocument => ({
  id,
  kind: 'organization',
  recordId: id,
  ownerId: null,
  names: [],
  acronyms: [],
  descriptors: [],
  texts: [],
  ...fields,
});
const rank = (text: string, docs: SearchDocument[], engine: number[] = docs.map(() => 1)) =>
  rankSearchHits(
    text,
    docs.map((document, i) => ({ document, engineScore: engine[i] })),
    10,
  );

describe('search keys', () => {
  it.each([
    ['Art. 58', 'Pasal 58'],
    ['Article 58 of Law 21/2007', 'Pasal 58 UU No. 21 Tahun 2007'],
    ['Law 21 of 2007', 'UU 21/2007'],
    ['Undang-Undang Nomor 21 Tahun 2007', 'uu 21 2007'],
  ])('reads "%s" as "%s"', (a, b) => {
    expect(toSearchKey(a)).toBe(toSearchKey(b));
  });

  it('keeps "of" and "law" words that are not part of a citation', () => {
    expect(toSearchKey('Task Force of Prevention')).toBe('task force of prevention');
    expect(toSearchKey('law enforcement')).toBe('uu enforcement');
  });

  it('sends the engines the words, their citation forms and their glossary equivalents', () => {
    expect(toEngineWords('Art. 58', 12)).toEqual(['art', '58', 'pasal']);
    expect(toEngineWords('paspor', 12)).toEqual(['paspor', 'passport', 'passports']);
  });

  it('counts edits up to a bound', () => {
    expect(editsWithin('motamasn', 'motamasin', 2)).toBe(1);
    expect(editsWithin('kupang', 'kupang', 1)).toBe(0);
    expect(editsWithin('alor', 'sumba', 1)).toBe(Infinity);
  });
});

describe('the shared ranking', () => {
  it('puts an exact acronym before an exact name, and both before a phrase in a text, whatever the engine says', () => {
    const hits = rank(
      'PLBN',
      [
        doc('text', { texts: ['the PLBN network'] }),
        doc('name', { names: ['PLBN'] }),
        doc('acronym', { acronyms: ['PLBN'] }),
      ],
      [9, 5, 1],
    );
    expect(hits.map((h) => h.id)).toEqual(['acronym', 'name', 'text']);
  });

  it('puts a name holding every typed word before a passage holding the phrase', () => {
    const hits = rank('Rumah Peremuan Kupang', [
      doc('passage', { texts: ['works with Rumah Perempuan Kupang on shelter'] }),
      doc('ngo', { names: ['Rumah Perempuan Kupang'] }),
    ]);
    expect(hits[0].id).toBe('ngo');
  });

  it('does not let two typed words match one word of a name', () => {
    const hits = rank('evaluasi evakuasi', [
      doc('one-word', { names: ['Evaluasi'] }),
      doc('both', { texts: ['printed evaluasi, read evakuasi'] }),
    ]);
    expect(hits[0].id).toBe('both');
  });

  it('prefers the shorter passage holding the phrase, and reports scores best first', () => {
    const hits = rank('rapat evaluasi', [
      doc('long', {
        kind: 'mandate',
        texts: ['Melakukan rapat evaluasi sub gugus tugas dan membuat laporan; dan lain-lain'],
      }),
      doc('short', { kind: 'duty', texts: ['Melakukan rapat evaluasi.'] }),
    ]);
    expect(hits.map((h) => h.id)).toEqual(['short', 'long']);
    expect(hits[0].score).toBeGreaterThan(hits[1].score);
  });

  it('drops candidates that match no word', () => {
    expect(rank('visa', [doc('other', { names: ['Kupang'] })])).toEqual([]);
  });

  it('cuts a snippet around the first matching word', () => {
    const text = `${'word '.repeat(80)}passport ${'more '.repeat(80)}`;
    const snippet = toSnippet(text, ['passport']);
    expect(snippet).toContain('passport');
    expect(snippet.startsWith('…')).toBe(true);
    expect(snippet.length).toBeLessThanOrEqual(202);
  });
});
