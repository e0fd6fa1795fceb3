import { DomainError, ERROR_CODES } from '../errors';

/** Returns the record or throws NOT_FOUND saying what was looked for. */
export function getOrThrow<T>(record: T | null | undefined, what: string, id: string, hint: string): T {
  if (record === null || record === undefined) {
    throw new DomainError(ERROR_CODES.NOT_FOUND, `no ${what} has the id "${id}"; ${hint}`);
  }
  return record;
}
