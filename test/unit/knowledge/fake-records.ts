import type {
  Disagreement,
  Finding,
  Gap,
  Instrument,
  KnownUnknown,
  Mandate,
  Organization,
  Partnership,
  Place,
  ReferralPath,
  Statistic,
  Step,
} from '../../../server/knowledge/model';

/** A handful of made-up records (not the dataset) for the core's unit tests. */
const cited = { basis: 'stated' as const, sources: [{ file: '000_aaaaaaaaaaaaaaaa.txt', locator: 'L1', quote: 'q' }] };

export const place = (id: string, kind: Place['kind'], parent?: string): Place => ({
  id,
  kind,
  name: { en: id },
  ...(parent ? { parent } : {}),
  ...cited,
});

export const step = (id: string, pillar: Step['pillar'], parent?: string): Step => ({
  id,
  pillar,
  label: { id: id, en: id },
  ...(parent ? { parent } : {}),
});

export const organization = (id: string, kind: Organization['kind'], area?: string): Organization => ({
  id,
  kind,
  level: 'regency',
  name: { en: id },
  ...(area ? { area } : {}),
  ...cited,
});

export const instrument = (id: string, year: number, issuer?: string): Instrument => ({
  id,
  kind: 'regent-decree',
  year,
  title: { en: id },
  jurisdiction: 'regency-b',
  summary: { en: id },
  ...(issuer ? { issuer } : {}),
  ...cited,
});

export const mandate = (id: string, organizationId: string, stepId: string, area: string): Mandate => ({
  id,
  organization: organizationId,
  step: stepId,
  area,
  role: 'provider',
  description: { en: id },
  ...cited,
});

export const referralPath = (id: string, area: string): ReferralPath => ({
  id,
  name: { en: id },
  area,
  steps: [1, 2].map((order) => ({
    order,
    step: 'shelter',
    actors: ['social-service-b'],
    description: { en: 'x' },
    ...cited,
  })),
  ...cited,
});

export const statistic = (id: string, place: string, when: Partial<Statistic> = {}): Statistic => ({
  id,
  indicator: { en: id },
  value: 1,
  unit: 'cases',
  place,
  ...when,
  ...cited,
});

export const gap = (id: string, area: string, steps?: string[]): Gap => ({
  id,
  kind: 'capacity',
  area,
  description: { en: id },
  ...(steps ? { steps } : {}),
  ...cited,
});

export const partnership = (id: string, parties: string[], more: Partial<Partnership> = {}): Partnership => ({
  id,
  parties,
  kind: 'cooperation',
  description: { en: id },
  ...more,
  ...cited,
});

export const disagreement = (id: string, subject: string): Disagreement => ({
  id,
  subject,
  field: 'name',
  variants: ['a', 'b'].map((value) => ({ value, sources: cited.sources })),
  note: id,
});

export const knownUnknown = (id: string, kind: KnownUnknown['kind'], area: string, about: string[]): KnownUnknown => ({
  id,
  kind,
  area,
  about,
  question: { en: id },
  known: { en: id },
  ...cited,
});

export const finding = (id: string, kind: Finding['kind'], area: string, more: Partial<Finding> = {}): Finding => ({
  id,
  kind,
  area,
  statement: { en: id },
  ...more,
  ...cited,
});

/** A country with one regency; two steps; a social service, a task force and its sub-task force; two decrees. */
export const smallWorld = () => ({
  places: [
    place('country-a', 'country'),
    place('regency-b', 'regency', 'country-a'),
    place('regency-c', 'regency', 'country-a'),
  ],
  steps: [
    step('protection', 'protection'),
    step('shelter', 'protection', 'protection'),
    step('awareness-raising', 'prevention'),
  ],
  organizations: [
    organization('social-service-b', 'government-agency', 'regency-b'),
    organization('task-force-b', 'task-force', 'regency-b'),
    organization('task-force-b-sub-a', 'sub-task-force', 'regency-b'),
  ],
  instruments: [
    instrument('decree-a-2018', 2018, 'social-service-b'),
    instrument('decree-b-2023', 2023, 'social-service-b'),
    instrument('decree-c-2023', 2023),
  ],
  mandates: [
    mandate('m-social-service-b-shelter', 'social-service-b', 'shelter', 'regency-b'),
    mandate('m-task-force-b-shelter', 'task-force-b', 'shelter', 'regency-b'),
    mandate('m-task-force-b-sub-a-shelter', 'task-force-b-sub-a', 'shelter', 'regency-b'),
  ],
  referralPaths: [
    referralPath('rp-b-1', 'regency-b'),
    referralPath('rp-b-2', 'regency-b'),
    referralPath('rp-c-1', 'regency-c'),
  ],
});
