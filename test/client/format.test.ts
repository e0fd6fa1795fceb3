import { toJson } from '../../client/cli/cli';
import { formatLegalBasis, formatPeriod, formatSource, NOT_STATED } from '../../client/cli/format/citation.format';
import { formatCoverage } from '../../client/cli/format/coverage.format';
import { formatPartners } from '../../client/cli/format/partner.format';
import { formatResponsibilities, formatResponsibility } from '../../client/cli/format/responsibility.format';
import type {
  CoverageData,
  ExistingPartner,
  LegalBasisCitation,
  ResponsibilitiesData,
  ResponsibilityItem,
} from '../../client/api/operations';

const ttu = { id: 'ttu', label: 'North Central Timor Regency' };
const decree: LegalBasisCitation = {
  instrument: {
    id: 'kepbup-ttu-126-2023',
    label: 'Formation of the TTU task force, 2023',
    kind: 'REGENT_DECREE',
    number: '126/KEP/HK/II/2023',
    year: 2023,
  },
  article: null,
};
const law: LegalBasisCitation = {
  instrument: {
    id: 'uu-18-2017',
    label: 'Law No. 18 of 2017 on the Protection of Indonesian Migrant Workers',
    kind: 'LAW',
    number: '18',
    year: 2017,
  },
  article: { id: 'uu-18-2017-art-46', number: '46' },
};

const coordinator: ResponsibilityItem = {
  organization: { id: 'dinas-sosial-ttu', label: 'TTU Regency Social Service', kind: 'GOVERNMENT_AGENCY' },
  step: { id: 'repatriation', label: 'Repatriation / return' },
  role: 'COORDINATOR',
  scope: 'LOCAL',
  region: ttu,
  legalBasis: [decree],
  membership: {
    id: 'dinas-sosial-ttu-koordinator-sub-penanganan-2023',
    position: 'KOORDINATOR',
    post: { indonesian: 'Kepala Dinas Sosial Kab.TTU', english: 'Head of the TTU Regency Social Affairs Office' },
    group: {
      id: 'gugus-tugas-ttu-2023-sub-penanganan',
      label: 'Sub-Task Force for Handling, Rehabilitation and Repatriation',
    },
  },
  validFrom: '2023-02-20',
  validTo: null,
  basis: 'STATED',
  sources: [
    {
      file: '001_0e5a4cf207258104.txt',
      locator: 'L78',
      quote: 'REHABILITASI DAN PEMULANGAN SUB GUGUS TUGAS PENANGANAN',
      basis: 'STATED',
    },
    {
      file: '001_0e5a4cf207258104.txt',
      locator: 'L79',
      quote: 'Kepala Dinas Sosial Kab.TTU Koordinator',
      basis: 'STATED',
    },
  ],
  mandate: { id: 'dinas-sosial-ttu-repatriation-2023' },
};

describe('the text of a responsibility', () => {
  it('names who, role, scope, step, post, legal basis, dates, and one source per line', () => {
    expect(formatResponsibility(coordinator)).toEqual([
      'TTU Regency Social Service (dinas-sosial-ttu)',
      '  role: coordinator',
      '  scope: local, mandate for North Central Timor Regency (ttu)',
      '  step: Repatriation / return (repatriation)',
      '  post: Kepala Dinas Sosial Kab.TTU (Head of the TTU Regency Social Affairs Office), koordinator in Sub-Task Force for Handling, Rehabilitation and Repatriation (gugus-tugas-ttu-2023-sub-penanganan)',
      '  legal basis: Formation of the TTU task force, 2023 (No. 126/KEP/HK/II/2023) [kepbup-ttu-126-2023]',
      '  valid: from 2023-02-20, no end stated',
      '  source: 001_0e5a4cf207258104.txt L78 [stated] "REHABILITASI DAN PEMULANGAN SUB GUGUS TUGAS PENANGANAN"',
      '  source: 001_0e5a4cf207258104.txt L79 [stated] "Kepala Dinas Sosial Kab.TTU Koordinator"',
    ]);
  });

  it('says "not stated in the sources" when a mandate has no legal basis, and shows a mandate from above', () => {
    const lines = formatResponsibility({
      ...coordinator,
      organization: {
        id: 'iom',
        label: 'International Organization for Migration',
        kind: 'INTERNATIONAL_ORGANIZATION',
      },
      role: 'PROVIDER',
      scope: 'FROM_ABOVE',
      region: { id: 'ntt', label: 'East Nusa Tenggara Province' },
      legalBasis: [],
      membership: null,
    });

    expect(lines).toContain('  legal basis: not stated in the sources');
    expect(lines).toContain('  scope: from above, mandate for East Nusa Tenggara Province (ntt)');
    expect(lines.some((line) => line.includes('post:'))).toBe(false);
  });

  it('heads the list with the question and ends a partial page with the next cursor', () => {
    const data: ResponsibilitiesData = {
      responsibilities: {
        asOf: '2024-01-01',
        outsideAsOf: null,
        nodes: [coordinator],
        pageInfo: { hasNextPage: true, endCursor: 'abc' },
      },
    };
    const lines = formatResponsibilities(data, { step: 'repatriation', region: 'ttu' });

    expect(lines[0]).toBe('Responsible for step "repatriation" in "ttu" on 2024-01-01: 1');
    expect(lines[lines.length - 1]).toBe('more: repeat with --after abc');
  });

  it('says nobody is responsible when the page is empty', () => {
    const data: ResponsibilitiesData = {
      responsibilities: {
        asOf: '2024-01-01',
        outsideAsOf: null,
        nodes: [],
        pageInfo: { hasNextPage: false, endCursor: null },
      },
    };

    expect(formatResponsibilities(data, { step: 'trial', region: 'sumba-island' })).toContain(
      'nobody, according to the sources',
    );
  });

  it('says out loud what the day left out', () => {
    const message =
      '11 mandates resting on Kepbup 126/KEP/HK/II/2023 (valid 2023-02-20 to open) are not valid on 2019-01-01';
    const data: ResponsibilitiesData = {
      responsibilities: {
        asOf: '2019-01-01',
        outsideAsOf: { count: 11, message },
        nodes: [],
        pageInfo: { hasNextPage: false, endCursor: null },
      },
    };

    expect(formatResponsibilities(data, { step: 'interception', region: 'ttu' })).toContain(
      `not on this day: ${message}`,
    );
  });
});

describe('citations', () => {
  it('gives the article and keeps a number the label already has out', () => {
    expect(formatLegalBasis([law])).toBe(
      'legal basis: Law No. 18 of 2017 on the Protection of Indonesian Migrant Workers, Art. 46 [uu-18-2017]',
    );
    expect(formatLegalBasis([decree, law])).toContain('[kepbup-ttu-126-2023]; Law No. 18');
    expect(formatLegalBasis([], 'established by')).toBe(`established by: ${NOT_STATED}`);
  });

  it('writes every combination of validity dates', () => {
    expect(formatPeriod('2015', '2018')).toBe('valid: 2015 to 2018');
    expect(formatPeriod('2018-04', null)).toBe('valid: from 2018-04, no end stated');
    expect(formatPeriod(null, '2023-02-20')).toBe('valid: until 2023-02-20, start not stated');
    expect(formatPeriod(null, null)).toBe('valid: dates not stated in the sources');
  });

  it('marks an inferred source as inferred', () => {
    expect(formatSource({ file: 'a.txt', locator: 'L1-2', quote: 'q', basis: 'INFERRED' })).toBe(
      'source: a.txt L1-2 [inferred] "q"',
    );
  });
});

describe('the text of coverage', () => {
  const data: CoverageData = {
    coverage: {
      region: { id: 'sumba-island', label: 'Sumba Island' },
      asOf: '2024-01-01',
      outsideAsOf: null,
      steps: [
        {
          step: { id: 'shelter', label: 'Shelter', pillar: 'PROTECTION' },
          covered: true,
          coveredLocally: false,
          responsibilities: [
            {
              organization: { id: 'iom', label: 'IOM' },
              role: 'PROVIDER',
              scope: 'FROM_ABOVE',
              region: { id: 'ntt', label: 'NTT' },
            },
          ],
        },
        {
          step: { id: 'trial', label: 'Trial and judgment', pillar: 'PROSECUTION' },
          covered: false,
          coveredLocally: false,
          responsibilities: [],
        },
      ],
      uncoveredSteps: [{ id: 'trial', label: 'Trial and judgment' }],
      gaps: [
        {
          scope: 'LOCAL',
          gap: {
            id: 'gap-sumba',
            label: 'No border post on Sumba.',
            kind: 'MISSING_INSTITUTION',
            region: { id: 'sumba-island', label: 'Sumba Island' },
            asOf: null,
            sources: [{ file: '004.txt', locator: 'L193', quote: 'no border checkpoints', basis: 'STATED' }],
          },
        },
        {
          scope: 'FROM_ABOVE',
          gap: {
            id: 'gap-ntt',
            label: 'No integrated reporting.',
            kind: 'DATA',
            region: { id: 'ntt', label: 'NTT' },
            asOf: null,
            sources: [{ file: '002.txt', locator: 'L9', quote: 'x', basis: 'STATED' }],
          },
        },
      ],
    },
  };

  it('tells covered from above, not covered, and cites the local gaps only', () => {
    const lines = formatCoverage(data);

    expect(lines[0]).toBe('Coverage of Sumba Island (sumba-island) on 2024-01-01: 1 of 2 steps covered, 0 locally');
    expect(lines).toContain('- Shelter (shelter): covered from above only: IOM (provider, from above)');
    expect(lines).toContain('- Trial and judgment (trial): NOT COVERED');
    expect(lines).toContain('  source: 004.txt L193 [stated] "no border checkpoints"');
    expect(lines).toContain('- data in NTT [gap-ntt]: No integrated reporting.');
    expect(lines.some((line) => line.includes('002.txt'))).toBe(false);
  });
});

describe('the text of partners', () => {
  it('shows a partnership the API lists once per partner only once, with all its partners', () => {
    const partnership: ExistingPartner['partnership'] = {
      id: 'pt-event',
      label: 'A yearly education event.',
      kind: 'JOINT_PROGRAMME',
      steps: [{ id: 'awareness-raising', label: 'Awareness raising' }],
      region: ttu,
      validFrom: '2015',
      validTo: null,
      basis: 'STATED',
      sources: [],
    };
    const lines = formatPartners({
      partners: {
        organization: { id: 'yayasan-tapen-bikomi', label: 'Tapen Bikomi Foundation', area: ttu },
        existing: [
          { organization: { id: 'polres-ttu', label: 'TTU Police' }, partnership },
          { organization: { id: 'dinas-sosial-ttu', label: 'TTU Social Service' }, partnership },
        ],
        candidates: [
          { organization: { id: 'iom', label: 'IOM' }, reason: 'Works on Shelter (provider) in NTT', mandates: [] },
        ],
      },
    });

    expect(lines.filter((line) => line.includes('[pt-event]'))).toEqual([
      '- joint programme [pt-event]: A yearly education event.',
    ]);
    expect(lines).toContain('  with: TTU Police (polres-ttu), TTU Social Service (dinas-sosial-ttu)');
    expect(lines).toContain('  source: none cited');
    expect(lines).toContain('- IOM (iom): Works on Shelter (provider) in NTT');
  });
});

describe('--json output', () => {
  it('drops Apollo’s __typename and keeps the data', () => {
    expect(JSON.parse(toJson({ __typename: 'Query', steps: [{ __typename: 'Step', id: 'shelter' }] }))).toEqual({
      steps: [{ id: 'shelter' }],
    });
  });
});
