import { describeOutsideAsOf } from '../../../server/knowledge/date-notice';
import type { Instrument } from '../../../server/knowledge/model';
import { instrument } from './fake-records';

const decree2023: Instrument = { ...instrument('decree-2023', 2023), number: '126/KEP/HK/II/2023' };
const decree2018: Instrument = { ...instrument('decree-2018', 2018), number: '190' };
const instruments = new Map([decree2023, decree2018].map((i) => [i.id, i]));
const store = {
  asked: [] as string[][],
  async getInstruments(ids: readonly string[]) {
    this.asked.push([...ids]);
    return ids.map((id) => instruments.get(id) ?? null);
  },
};
const mandates = { one: 'mandate', many: 'mandates', verb: 'resting on' };

describe('describeOutsideAsOf', () => {
  beforeEach(() => (store.asked = []));

  it('is null, and asks the store nothing, when every record holds on the day', async () => {
    const records = [{ validFrom: '2023-02-20' }, { validTo: '2030-01-01' }, {}];
    await expect(describeOutsideAsOf(store, records, '2024-01-01', mandates)).resolves.toBeNull();
    expect(store.asked).toEqual([]);
  });

  it('groups what it leaves out by legal basis, citing each instrument by its short citation', async () => {
    const records = [
      { validFrom: '2023-02-20', legalBasis: { instrument: 'decree-2023' } },
      { validFrom: '2023-02-20', legalBasis: [{ instrument: 'decree-2023' }] },
      { validFrom: '2018-04-01', validTo: '2019-01-01', legalBasis: { instrument: 'decree-2018' } },
      { validFrom: '2018-04-01', legalBasis: { instrument: 'decree-2018' } },
    ];
    const notice = await describeOutsideAsOf(store, records, '2019-06-01', mandates);
    expect(notice).toEqual({
      count: 3,
      message:
        '2 mandates resting on Kepbup 126/KEP/HK/II/2023 (valid 2023-02-20 to open), ' +
        '1 mandate resting on Kepbup 190/2018 (valid 2018-04-01 to 2019-01-01) are not valid on 2019-06-01; ' +
        'pass another asOf to see them',
    });
    expect(store.asked).toEqual([['decree-2023', 'decree-2018']]);
  });

  it('speaks of one record in the singular and names a record without a basis or a start as such', async () => {
    const notice = await describeOutsideAsOf(store, [{ validTo: '2020-01-01' }], '2021-01-01', mandates);
    expect(notice).toEqual({
      count: 1,
      message:
        '1 mandate with no legal basis stated (valid an unstated start to 2020-01-01) is not valid on 2021-01-01; ' +
        'pass another asOf to see it',
    });
  });

  it('lists every distinct period of a group once, and falls back to the id of an instrument it cannot find', async () => {
    const records = [
      { validFrom: '2025-01-01', legalBasis: { instrument: 'decree-unknown' } },
      { validFrom: '2026-01-01', legalBasis: { instrument: 'decree-unknown' } },
      { validFrom: '2026-01-01', legalBasis: { instrument: 'decree-unknown' } },
    ];
    const notice = await describeOutsideAsOf(store, records, '2024-01-01', mandates);
    expect(notice?.message).toBe(
      '3 mandates resting on decree-unknown (valid 2025-01-01 to open; 2026-01-01 to open) are not valid on ' +
        '2024-01-01; pass another asOf to see them',
    );
  });

  it('uses the id of an instrument that has no short citation', async () => {
    const unnumbered = [{ validFrom: '2030-01-01', legalBasis: { instrument: 'decree-2023' } }];
    instruments.set('decree-2023', { ...decree2023, number: undefined });
    try {
      const notice = await describeOutsideAsOf(store, unnumbered, '2024-01-01', mandates);
      expect(notice?.message).toMatch(/^1 mandate resting on decree-2023 \(valid 2030-01-01 to open\)/);
    } finally {
      instruments.set('decree-2023', decree2023);
    }
  });
});
