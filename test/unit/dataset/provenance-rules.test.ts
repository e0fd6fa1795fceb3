import type { Dataset } from '../../../seed/schema/kinds';
import { checkProvenance, isDateInText } from '../../../seed/validation/provenance-rules';

const FILE = '001_0e5a4cf207258104.txt';
const cite = (quote: string) => ({ file: FILE, locator: 'L1', quote });

/** A small dataset in the shape of the real one: a regency with a town and a district, a sub-task force and a post. */
function dataset(): Dataset {
  return {
    sources: [],
    steps: [],
    disagreements: [],
    instruments: [],
    places: [
      { id: 'regency-b', kind: 'regency', name: { en: 'Regency B' }, basis: 'stated', sources: [cite('Regency B')] },
      {
        id: 'district-c',
        kind: 'district',
        name: { en: 'Kecamatan Cemara', id: 'Cemara' },
        parent: 'regency-b',
        basis: 'stated',
        sources: [cite('Cemara district')],
      },
      {
        id: 'town-d',
        kind: 'town',
        name: { en: 'Dukuh' },
        parent: 'regency-b',
        basis: 'stated',
        sources: [cite('in Dukuh')],
      },
    ],
    organizations: [
      {
        id: 'sub-task-force-a',
        kind: 'sub-task-force',
        level: 'regency',
        name: { en: 'Sub A' },
        validFrom: '2023-02-20',
        duties: [
          {
            code: 'a',
            text: { id: 'Menghimpun informasi laporan masyarakat tentang pengiriman non prosedural' },
            basis: 'stated',
            sources: [cite('a. Menghimpun informasi laporan masyarakat tentang pengiriman non prosedural;')],
          },
        ],
        basis: 'stated',
        sources: [cite('Ditetapkan pada tanggal 20 Februari 2023')],
      },
      {
        id: 'police-b',
        kind: 'police',
        level: 'regency',
        name: { en: 'Police B' },
        basis: 'stated',
        sources: [cite('Kapolres B')],
      },
    ],
    memberships: [
      {
        id: 'police-b-koordinator',
        member: 'police-b',
        of: 'sub-task-force-a',
        position: 'koordinator',
        post: { id: 'Kapolres B' },
        validFrom: '2023-02-20',
        basis: 'stated',
        sources: [cite('Kapolres B Koordinator')],
      },
    ],
    mandates: [
      {
        id: 'police-b-reporting',
        organization: 'police-b',
        step: 'reporting',
        area: 'regency-b',
        role: 'coordinator',
        description: { en: 'Collects public reports.' },
        membership: 'police-b-koordinator',
        validFrom: '2023-02-20',
        basis: 'stated',
        sources: [
          cite('Kapolres B Koordinator'),
          cite('Menghimpun informasi laporan masyarakat tentang pengiriman non prosedural'),
        ],
      },
    ],
    referralPaths: [
      {
        id: 'path-a',
        name: { en: 'Path A' },
        area: 'regency-b',
        basis: 'stated',
        sources: [cite('Regency B path')],
        steps: [
          {
            order: 1,
            step: 'reporting',
            actors: ['police-b'],
            description: { en: 'Report' },
            basis: 'stated',
            sources: [cite('Regency B report')],
          },
          {
            order: 2,
            step: 'shelter',
            actors: ['police-b'],
            description: { en: 'Shelter' },
            basis: 'inferred',
            note: 'ours',
            sources: [cite('Regency B shelter')],
          },
        ],
      },
    ],
    partnerships: [],
    gaps: [
      {
        id: 'gap-a',
        kind: 'capacity',
        area: 'regency-b',
        description: { en: 'Few staff.' },
        basis: 'stated',
        sources: [cite('the office in Cemara has few staff, as seen in Dukuh')],
      },
    ],
    statistics: [],
    knownUnknowns: [],
    findings: [],
  } as unknown as Dataset;
}

const origins = (d: Dataset) =>
  [...d.mandates, ...d.referralPaths, ...d.gaps, ...d.organizations, ...d.memberships].map((r) => ({
    kind: 'mandates' as const,
    file: 'x.yaml',
    id: r.id,
  }));

const problemsOf = (mutate: (d: Dataset) => void = () => {}) => {
  const d = dataset();
  mutate(d);
  return checkProvenance(d, origins(d));
};

describe('provenance rules: the word "stated" is kept for what a quote says', () => {
  it('reports a post given its group duty as stated, and accepts it as inferred', () => {
    expect(problemsOf()).toContainEqual(
      expect.objectContaining({ code: 'STATED_BUT_READ', recordId: 'police-b-reporting', field: 'basis' }),
    );
    const asInferred = problemsOf((d) => Object.assign(d.mandates[0], { basis: 'inferred', note: 'read' }));
    expect(asInferred.filter((p) => p.recordId === 'police-b-reporting')).toEqual([]);
  });

  it('accepts a stated mandate of a post that cites no duty of its group', () => {
    const problems = problemsOf((d) => (d.mandates[0].sources = [cite('Kapolres B Koordinator')]));
    expect(problems.filter((p) => p.recordId === 'police-b-reporting')).toEqual([]);
  });

  it('reports a stated date that no quote gives and no referenced record carries', () => {
    const problems = problemsOf((d) => Object.assign(d.organizations[0], { validTo: '2024-12-31' }));
    expect(problems).toContainEqual(
      expect.objectContaining({ code: 'STATED_BUT_READ', recordId: 'sub-task-force-a', field: 'validTo' }),
    );
  });

  it('accepts a date that a quote gives, or that the record takes from the post it points at', () => {
    const problems = problemsOf();
    expect(problems.filter((p) => p.field === 'validFrom')).toEqual([]);
  });

  it('reports a stated date taken from a record that carries a different one', () => {
    const problems = problemsOf((d) => (d.mandates[0].validFrom = '2018-04'));
    expect(problems).toContainEqual(expect.objectContaining({ recordId: 'police-b-reporting', field: 'validFrom' }));
  });

  it('reports a stated path with an inferred step, and accepts an inferred one', () => {
    expect(problemsOf()).toContainEqual(
      expect.objectContaining({ recordId: 'path-a', message: expect.stringContaining('steps 2 of 2 are inferred') }),
    );
    const inferred = problemsOf((d) => Object.assign(d.referralPaths[0], { basis: 'inferred', note: 'a list' }));
    expect(inferred.filter((p) => p.recordId === 'path-a')).toEqual([]);
  });

  it('reports a record tagged with a wider area than the district its quote names, but not for a town', () => {
    const problems = problemsOf();
    const place = problems.filter((p) => p.code === 'PLACE_TOO_WIDE');
    expect(place).toEqual([expect.objectContaining({ recordId: 'gap-a', field: 'area' })]);
    expect(place[0].message).toContain('district-c');
    expect(place[0].message).not.toContain('town-d');
  });

  it('reports a stated step naming a post-holder beside its group, and accepts the group alone', () => {
    const actorProblems = (actors: string[]) =>
      problemsOf((d) => (d.referralPaths[0].steps[0].actors = actors)).filter((p) => p.field === 'steps[1].actors');
    expect(actorProblems(['sub-task-force-a', 'police-b'])).toEqual([
      expect.objectContaining({
        code: 'STATED_BUT_READ',
        recordId: 'path-a',
        message: expect.stringContaining('police-b'),
      }),
    ]);
    expect(actorProblems(['sub-task-force-a'])).toEqual([]);
  });

  it("reports a stated step that quotes a group's duty with a post-holder as actor, unless inferred or named for its own act", () => {
    const withDutyQuote = (d: Dataset) =>
      (d.referralPaths[0].steps[0].sources = [
        cite('Menghimpun informasi laporan masyarakat tentang pengiriman non prosedural'),
      ]);
    const stepProblems = (mutate: (d: Dataset) => void) =>
      problemsOf(mutate).filter((p) => p.field === 'steps[1].actors');
    expect(stepProblems(withDutyQuote)).toHaveLength(1);
    expect(
      stepProblems((d) => {
        withDutyQuote(d);
        Object.assign(d.referralPaths[0].steps[0], { basis: 'inferred', note: 'read' });
      }),
    ).toEqual([]);
    expect(
      stepProblems((d) => {
        withDutyQuote(d);
        d.referralPaths[0].steps[0].sources.push(cite('Police B arrested the recruiter at the terminal'));
      }),
    ).toEqual([]);
  });

  it('reports a stated mandate without a post that quotes the duty of a group its organisation belongs to', () => {
    const problems = problemsOf((d) => delete (d.mandates[0] as { membership?: string }).membership);
    expect(problems).toContainEqual(
      expect.objectContaining({ recordId: 'police-b-reporting', message: expect.stringContaining('holds a post') }),
    );
  });

  it("reports a statistic's stated year that no quote gives, and accepts it quoted or left out", () => {
    const statistic = (year: number | undefined, quote: string) => (d: Dataset) =>
      d.statistics.push({
        id: 'stat-a',
        indicator: { en: 'Index' },
        value: 64.39,
        unit: 'index points',
        year,
        place: 'regency-b',
        basis: 'stated',
        sources: [cite(quote)],
      } as Dataset['statistics'][number]);
    const yearProblems = (mutate: (d: Dataset) => void) => problemsOf(mutate).filter((p) => p.recordId === 'stat-a');
    expect(yearProblems(statistic(2018, 'the index of Regency B is valued at 64.39'))).toEqual([
      expect.objectContaining({ code: 'STATED_BUT_READ', field: 'year' }),
    ]);
    expect(yearProblems(statistic(2018, 'in 2018 the index of Regency B was 64.39'))).toEqual([]);
    expect(yearProblems(statistic(undefined, 'the index of Regency B is valued at 64.39'))).toEqual([]);
  });

  it('reports a stated step whose police actor only a common noun names, unless a quote names it or the step is inferred', () => {
    const stepProblems = (sources: string[], basis: 'stated' | 'inferred' = 'stated') =>
      problemsOf((d) => {
        Object.assign(d.referralPaths[0].steps[0], { sources: sources.map(cite), basis, note: 'read' });
      }).filter((p) => p.field === 'steps[1].actors');
    expect(stepProblems(['the Police carrying out handling and investigations'])).toEqual([
      expect.objectContaining({
        code: 'STATED_BUT_READ',
        recordId: 'path-a',
        message: expect.stringContaining('the Police'),
      }),
    ]);
    // The line that lists the body's post names the body, not its act: still only "the Police" says who investigates.
    expect(
      stepProblems(['the Police carrying out handling and investigations', 'Kapolres B Koordinator']),
    ).toHaveLength(1);
    expect(stepProblems(['the Police carrying out handling and investigations', 'handled by Police B'])).toEqual([]);
    expect(stepProblems(['the Police carrying out handling and investigations'], 'inferred')).toEqual([]);
  });

  it('names a body by its name words in order, a word between them allowed', () => {
    const partnership = (quote: string) => (d: Dataset) => {
      d.organizations[1].aliases = ['provincial police in Regency B'];
      d.partnerships.push({
        id: 'pt-a',
        parties: ['police-b', 'sub-task-force-a'],
        kind: 'cooperation',
        description: { en: 'Work together.' },
        basis: 'stated',
        sources: [cite(quote)],
      } as Dataset['partnerships'][number]);
    };
    const named = (quote: string) => problemsOf(partnership(quote)).filter((p) => p.recordId === 'pt-a');
    expect(named('the provincial police report in Regency B says the police worked with Sub A')).toEqual([]);
    expect(named('the police worked with Sub A')).toEqual([
      expect.objectContaining({ code: 'STATED_BUT_READ', field: 'parties' }),
    ]);
  });

  it('reports two organisations given lead for the same step on the same quote, but not a task force on its duty', () => {
    const shared =
      (secondRole: 'lead' | 'provider', secondOrganization = 'office-c') =>
      (d: Dataset) => {
        d.organizations.push({
          id: 'office-c',
          kind: 'government-agency',
          level: 'regency',
          name: { en: 'Office C' },
          basis: 'stated',
          sources: [cite('Office C')],
        } as Dataset['organizations'][number]);
        const mandate = (id: string, organization: string, role: string) =>
          ({
            id,
            organization,
            step: 'migration-document-services',
            area: 'regency-b',
            role,
            description: { en: 'Set up a one-stop service.' },
            basis: 'stated',
            sources: [
              cite('Police B and Office C have made some effort through the establishment of a one-stop service'),
            ],
          }) as Dataset['mandates'][number];
        d.mandates.push(mandate('m-1', 'police-b', 'lead'), mandate('m-2', secondOrganization, secondRole));
      };
    const leadProblems = (mutate: (d: Dataset) => void) => problemsOf(mutate).filter((p) => p.code === 'SHARED_LEAD');
    expect(leadProblems(shared('lead'))).toEqual([
      expect.objectContaining({ recordId: 'm-1', field: 'role', message: expect.stringContaining('office-c') }),
      expect.objectContaining({ recordId: 'm-2', field: 'role', message: expect.stringContaining('police-b') }),
    ]);
    expect(leadProblems(shared('provider'))).toEqual([]);
    expect(leadProblems(shared('lead', 'sub-task-force-a'))).toEqual([]);
  });

  it('accepts the wider area when the note says why ("Area: …")', () => {
    const problems = problemsOf((d) => (d.gaps[0].note = 'Area: the office serves the whole regency.'));
    expect(problems.filter((p) => p.code === 'PLACE_TOO_WIDE')).toEqual([]);
  });
  it("reports a stated office's location that no quote names, and accepts it quoted, explained or inferred", () => {
    const locationProblems = (mutate: (police: Dataset['organizations'][number]) => void) =>
      problemsOf((d) => {
        const police = d.organizations[1];
        police.location = 'town-d';
        mutate(police);
      }).filter((p) => p.field === 'location');
    expect(locationProblems(() => {})).toEqual([
      expect.objectContaining({
        code: 'STATED_BUT_READ',
        recordId: 'police-b',
        message: expect.stringContaining('town-d'),
      }),
    ]);
    expect(locationProblems((police) => police.sources.push(cite('the Police B office in Dukuh')))).toEqual([]);
    expect(locationProblems((police) => (police.note = 'Location: the decree was signed there.'))).toEqual([]);
    expect(locationProblems((police) => Object.assign(police, { basis: 'inferred', note: 'read' }))).toEqual([]);
  });
});

describe('isDateInText', () => {
  it('finds a date by year, month name in English or Indonesian, and day', () => {
    expect(isDateInText('2023-02-20', 'Ditetapkan di Kefamenanu pada tanggal 20 Februari 2023')).toBe(true);
    expect(isDateInText('2018-04', 'in April 2018')).toBe(true);
    expect(isDateInText('2018', 'from 2015 to 2018')).toBe(true);
  });

  it('does not take a different day, month or a longer number for the date', () => {
    expect(isDateInText('2023-02-21', 'pada tanggal 20 Februari 2023')).toBe(false);
    expect(isDateInText('2018-05', 'in April 2018')).toBe(false);
    expect(isDateInText('2018', 'page 20185')).toBe(false);
  });
});
