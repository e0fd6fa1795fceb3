import { ERROR_CODES, InvalidRequestError } from './errors';

/** The first day a partial date (YYYY, YYYY-MM, YYYY-MM-DD) covers. */
export function toStartDay(date: string): string {
  if (date.length === 4) return `${date}-01-01`;
  if (date.length === 7) return `${date}-01`;
  return date;
}

/** The last day a partial date covers (string-comparable; a month's end is written as its 31st). */
export function toEndDay(date: string): string {
  if (date.length === 4) return `${date}-12-31`;
  if (date.length === 7) return `${date}-31`;
  return date;
}

/** Whether something valid from..to (partial dates, either open) holds on the day `asOf` (YYYY-MM-DD). */
export function isValidOn(asOf: string, validFrom?: string, validTo?: string): boolean {
  if (validFrom !== undefined && asOf < toStartDay(validFrom)) return false;
  if (validTo !== undefined && asOf > toEndDay(validTo)) return false;
  return true;
}

/** Checks a client-supplied day; throws INVALID_DATE with what was expected. */
export function assertDay(value: string, argument = 'asOf'): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const date = match ? new Date(`${value}T00:00:00Z`) : null;
  if (!match || date === null || Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value) {
    throw new InvalidRequestError(
      ERROR_CODES.INVALID_DATE,
      `${argument} must be a calendar date written YYYY-MM-DD (for example 2023-03-01); got "${value}"`,
    );
  }
  return value;
}

const today = (): string => new Date().toISOString().slice(0, 10);

/** The day a query is asked about: the client's `asOf`, checked, or today (UTC) when the client gave none. */
export const toAsOfDay = (asOf: string | null | undefined): string => (asOf == null ? today() : assertDay(asOf));
