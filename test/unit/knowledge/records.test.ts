import { DomainError, ERROR_CODES, InvalidRequestError, StoreUnavailableError } from '../../../server/knowledge/errors';
import { entityKindOf, isTaskForce, sortSteps, TASK_FORCE_KINDS } from '../../../server/knowledge/model';
import { emptyDataset, type Dataset } from '../../../server/knowledge/records/dataset';
import { toSearchDocuments } from '../../../server/knowledge/search-documents';
import { instrument, organization, place, step } from './fake-records';

describe('the step vocabulary order', () => {
  it('puts the pillars first in 4P order, then the steps by pillar, each pillar in the order listed', () => {
    const listed = [
      step('shelter', 'protection', 'protection'),
      step('partnership', 'partnership'),
      step('coordination', 'partnership', 'partnership'),
      step('awareness-raising', 'prevention', 'prevention'),
      step('protection', 'protection'),
      step('investigation', 'prosecution', 'prosecution'),
      step('repatriation', 'protection', 'protection'),
      step('prevention', 'prevention'),
      step('prosecution', 'prosecution'),
    ];
    expect(sortSteps(listed).map((s) => s.id)).toEqual([
      'prevention',
      'protection',
      'prosecution',
      'partnership',
      'awareness-raising',
      'shelter',
      'repatriation',
      'investigation',
      'coordination',
    ]);
    expect(listed[0].id).toBe('shelter'); // the input is left as it was
  });
});

describe('task forces', () => {
  it('are the organisations of kind task-force and sub-task-force', () => {
    expect([...TASK_FORCE_KINDS]).toEqual(['task-force', 'sub-task-force']);
    expect(isTaskForce(organization('a', 'task-force'))).toBe(true);
    expect(isTaskForce(organization('b', 'sub-task-force'))).toBe(true);
    expect(isTaskForce(organization('c', 'government-agency'))).toBe(false);
    expect(entityKindOf(organization('a', 'sub-task-force'))).toBe('taskForce');
    expect(entityKindOf(organization('c', 'ngo'))).toBe('organization');
  });
});

describe('search documents', () => {
  const documentsOf = (records: Partial<Dataset>) => toSearchDocuments({ ...emptyDataset(), ...records });
  const only = (records: Partial<Dataset>) => {
    const [document] = documentsOf(records);
    return document;
  };

  it('match an organisation by its names in both languages, its aliases and acronyms, a task force also by its level', () => {
    const o = {
      ...organization('plbn', 'border-post'),
      name: { id: 'Pos Lintas Batas Negara', en: 'State Border Post' },
      aliases: ['Border crossing'],
      acronyms: ['PLBN'],
    };
    expect(only({ organizations: [o] })).toMatchObject({
      id: 'plbn',
      kind: 'organization',
      recordId: 'plbn',
      ownerId: null,
      names: ['Pos Lintas Batas Negara', 'State Border Post', 'Border crossing'],
      acronyms: ['PLBN'],
      descriptors: [],
    });
    expect(only({ organizations: [organization('tf', 'task-force')] })).toMatchObject({
      id: 'tf',
      kind: 'taskForce',
      names: ['tf'],
      descriptors: ['regency task force'],
    });
  });

  it('match an instrument by its titles, title variants, number and citations in both languages', () => {
    const i = { ...instrument('decree', 2023), title: { en: 'Decree' }, titleVariants: ['SK'], number: '126' };
    expect(only({ instruments: [i] }).names).toEqual([
      'Decree',
      'SK',
      '126',
      'Kepbup 126/2023',
      'Kepbup No. 126 Tahun 2023',
      "Regent's Decree 126 of 2023",
    ]);
    expect(only({ instruments: [instrument('plain', 2023)] }).names).toEqual(['plain']);
  });

  it('match a place by its names and aliases, and a step by its labels', () => {
    expect(only({ places: [{ ...place('ttu', 'regency'), aliases: ['Timor Tengah Utara'] }] })).toMatchObject({
      id: 'ttu',
      kind: 'place',
      names: ['ttu', 'Timor Tengah Utara'],
      acronyms: [],
    });
    expect(
      only({ steps: [{ ...step('shelter', 'protection'), label: { id: 'Penampungan', en: 'Shelter' } }] }),
    ).toMatchObject({ id: 'shelter', kind: 'step', names: ['Penampungan', 'Shelter'] });
  });

  it('cover every organisation, instrument, place and step of a dataset, with the right kind', () => {
    const documents = documentsOf({
      organizations: [organization('agency', 'government-agency'), organization('tf', 'task-force')],
      instruments: [instrument('decree', 2023)],
      places: [place('ttu', 'regency')],
      steps: [step('shelter', 'protection')],
    });
    expect(documents.map((d) => [d.id, d.kind])).toEqual([
      ['agency', 'organization'],
      ['tf', 'taskForce'],
      ['decree', 'instrument'],
      ['ttu', 'place'],
      ['shelter', 'step'],
    ]);
  });
});

describe('domain errors', () => {
  it('carry a stable code; a store failure says to try again', () => {
    const invalid = new InvalidRequestError(ERROR_CODES.UNKNOWN_STEP, 'no such step');
    expect(invalid).toBeInstanceOf(DomainError);
    expect(invalid).toMatchObject({ code: 'UNKNOWN_STEP', message: 'no such step', name: 'DomainError' });
    expect(new StoreUnavailableError()).toMatchObject({
      code: 'STORE_UNAVAILABLE',
      message: 'the knowledge store is unavailable; try again shortly',
    });
    expect(Object.entries(ERROR_CODES).every(([key, value]) => key === value)).toBe(true);
  });
});
