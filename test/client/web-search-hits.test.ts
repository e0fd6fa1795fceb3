import { toHitPage, toSnippetParts } from '../../client/web/src/search-hits';

const marked = (snippet: string, query: string) =>
  toSnippetParts(snippet, query)
    .filter((part) => part.matched)
    .map((part) => part.text);

describe('where a search hit leads', () => {
  it('opens a duty on the page of its task force', () => {
    const taskForce = { __typename: 'TaskForce', id: 'gugus-tugas-ttu-2023-sub-pencegahan' };
    expect(toHitPage({ node: taskForce, owner: taskForce })).toEqual(['task-force', taskForce.id]);
  });

  it('opens an article on the page of its instrument', () => {
    const hit = {
      node: { __typename: 'Article', id: 'uu-21-2007-art-58' },
      owner: { __typename: 'Instrument', id: 'uu-21-2007' },
    };
    expect(toHitPage(hit)).toEqual(['instrument', 'uu-21-2007']);
  });

  it('opens a statistic on its place page, not on the page of the office that reported it', () => {
    const hit = {
      node: { __typename: 'Statistic', id: 'stat-ttu-population-2017', region: { id: 'ttu' } },
      owner: { __typename: 'Organization', id: 'bps-ttu', kind: 'GOVERNMENT_AGENCY' },
    };
    expect(toHitPage(hit)).toEqual(['place', 'ttu']);
  });

  it('opens a mandate on its organisation, and an organisation of task-force kind on the task-force page', () => {
    const mandate = { __typename: 'Mandate', id: 'iom-shelter' };
    expect(
      toHitPage({ node: mandate, owner: { __typename: 'Organization', id: 'iom', kind: 'INTERNATIONAL' } }),
    ).toEqual(['organization', 'iom']);
    expect(
      toHitPage({ node: mandate, owner: { __typename: 'Organization', id: 'gt', kind: 'SUB_TASK_FORCE' } }),
    ).toEqual(['task-force', 'gt']);
  });

  it('leads nowhere when neither the record nor its owner has a page', () => {
    expect(toHitPage({ node: { __typename: 'Disagreement', id: 'd' }, owner: null })).toBeNull();
  });
});

describe('the matched words of a snippet', () => {
  it('marks each word of the query, whatever its case or accents', () => {
    expect(marked('seperti Terminal Darat dan pelabuhan laut', 'terminal darat')).toEqual(['Terminal', 'Darat']);
    expect(marked('Pásal 58 ayat 1', 'pasal 58')).toEqual(['Pásal', '58']);
  });

  it('marks a word the query nearly spells ("paspor" marks "passport"), but not an unrelated one', () => {
    expect(marked('may enter it without a passport under surveillance', 'paspor')).toEqual(['passport']);
    expect(marked('may enter it without a visa', 'paspor')).toEqual([]);
  });

  it('keeps every character of the snippet, in order', () => {
    const snippet = '…(IDR 6.3 million); Timor-Leste residents';
    expect(
      toSnippetParts(snippet, 'timor')
        .map((part) => part.text)
        .join(''),
    ).toBe(snippet);
  });
});
