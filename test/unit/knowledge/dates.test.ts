import { assertDay, isValidOn, toAsOfDay, toEndDay, toStartDay } from '../../../server/knowledge/dates';
import { ERROR_CODES, InvalidRequestError } from '../../../server/knowledge/errors';

describe('partial dates', () => {
  it('starts a year on 1 January and a month on its first day; a full day is itself', () => {
    expect(toStartDay('2018')).toBe('2018-01-01');
    expect(toStartDay('2018-04')).toBe('2018-04-01');
    expect(toStartDay('2023-02-20')).toBe('2023-02-20');
  });

  it('ends a year on 31 December and a month on its "31st"; a full day is itself', () => {
    expect(toEndDay('2023')).toBe('2023-12-31');
    expect(toEndDay('2023-02')).toBe('2023-02-31');
    expect(toEndDay('2023-02-20')).toBe('2023-02-20');
  });
});

describe('isValidOn', () => {
  it('holds from the first day of a partial start, not the day before', () => {
    expect(isValidOn('2018-03-31', '2018-04')).toBe(false);
    expect(isValidOn('2018-04-01', '2018-04')).toBe(true);
    expect(isValidOn('2017-12-31', '2018')).toBe(false);
    expect(isValidOn('2018-01-01', '2018')).toBe(true);
  });

  it('holds through the last day of a partial end, not the day after', () => {
    expect(isValidOn('2023-12-31', undefined, '2023')).toBe(true);
    expect(isValidOn('2024-01-01', undefined, '2023')).toBe(false);
    expect(isValidOn('2023-02-28', undefined, '2023-02')).toBe(true);
    expect(isValidOn('2023-03-01', undefined, '2023-02')).toBe(false);
  });

  it('holds on both ends of a closed range of full days, and always when both ends are open', () => {
    expect(isValidOn('2023-02-20', '2023-02-20', '2023-02-21')).toBe(true);
    expect(isValidOn('2023-02-21', '2023-02-20', '2023-02-21')).toBe(true);
    expect(isValidOn('2023-02-22', '2023-02-20', '2023-02-21')).toBe(false);
    expect(isValidOn('2023-02-19', '2023-02-20', '2023-02-21')).toBe(false);
    expect(isValidOn('1900-01-01')).toBe(true);
  });
});

describe('assertDay', () => {
  it('accepts a calendar day written YYYY-MM-DD and returns it', () => {
    expect(assertDay('2024-02-29')).toBe('2024-02-29');
    expect(assertDay('2023-12-31')).toBe('2023-12-31');
  });

  it.each(['2023-02-29', '2023-13-01', '2023-00-10', '2023-2-01', '20230201', ' 2023-02-01', '2023-02-01x', ''])(
    'refuses "%s" with INVALID_DATE, an example and the value received',
    (value) => {
      let error: unknown;
      try {
        assertDay(value);
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(InvalidRequestError);
      expect((error as InvalidRequestError).code).toBe(ERROR_CODES.INVALID_DATE);
      expect((error as Error).message).toBe(
        `asOf must be a calendar date written YYYY-MM-DD (for example 2023-03-01); got "${value}"`,
      );
    },
  );

  it('names the argument it checks', () => {
    expect(() => assertDay('soon', 'since')).toThrow(/^since must be a calendar date/);
  });
});

describe('toAsOfDay', () => {
  afterEach(() => jest.useRealTimers());

  it("is today's UTC day when the client gives none", () => {
    jest.useFakeTimers({ now: new Date('2025-07-01T23:30:00-02:00') });
    expect(toAsOfDay(undefined)).toBe('2025-07-02');
    expect(toAsOfDay(null)).toBe('2025-07-02');
  });

  it("is the client's day, checked", () => {
    expect(toAsOfDay('2020-06-01')).toBe('2020-06-01');
    expect(() => toAsOfDay('2020-06-31')).toThrow(expect.objectContaining({ code: 'INVALID_DATE' }));
  });
});
