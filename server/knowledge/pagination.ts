import { ERROR_CODES, InvalidRequestError } from './errors';
import type { PageRequest } from './model';

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

/** One page of a list sorted by a stable key (the id), with opaque cursors over that key. */
export interface Page<T> {
  items: { node: T; cursor: string }[];
  hasNextPage: boolean;
  hasPreviousPage: boolean;
}

const PREFIX = 'v1:';

/** Cursors are opaque to clients (base64url of a versioned key) so the key can change without breaking them. */
export const toCursor = (key: string): string => Buffer.from(`${PREFIX}${key}`, 'utf8').toString('base64url');

export function fromCursor(cursor: string): string {
  const decoded = Buffer.from(cursor, 'base64url').toString('utf8');
  if (
    !decoded.startsWith(PREFIX) ||
    decoded.length === PREFIX.length ||
    toCursor(decoded.slice(PREFIX.length)) !== cursor
  ) {
    throw new InvalidRequestError(
      ERROR_CODES.INVALID_CURSOR,
      `"${cursor}" is not a cursor from this API; pass the endCursor of a previous page, or omit "after"`,
    );
  }
  return decoded.slice(PREFIX.length);
}

/** Checks `first`/`after` from a client and turns them into a keyset page request. */
export function toPageRequest(args: { first?: number | null; after?: string | null }): PageRequest {
  const first = args.first ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(first) || first < 0 || first > MAX_PAGE_SIZE) {
    throw new InvalidRequestError(
      ERROR_CODES.BAD_USER_INPUT,
      `first must be a whole number from 0 to ${MAX_PAGE_SIZE}; got ${first}`,
    );
  }
  return { first, after: args.after == null ? undefined : fromCursor(args.after) };
}

/** Turns the store's "first + 1" answer into a page. */
export function toPage<T extends { id: string }>(rows: T[], request: PageRequest): Page<T> {
  const items = rows.slice(0, request.first).map((node) => ({ node, cursor: toCursor(node.id) }));
  return { items, hasNextPage: rows.length > request.first, hasPreviousPage: request.after !== undefined };
}

/** Pages a list already in memory (sorted by id), for answers computed whole (search hits, responsibilities). */
export function pageOf<T>(
  all: T[],
  keyOf: (item: T) => string,
  args: { first?: number | null; after?: string | null },
): Page<T> {
  const request = toPageRequest(args);
  const start = request.after === undefined ? 0 : all.findIndex((item) => keyOf(item) === request.after) + 1;
  if (request.after !== undefined && start === 0) {
    throw new InvalidRequestError(
      ERROR_CODES.INVALID_CURSOR,
      'the cursor does not point into this list; start again without "after"',
    );
  }
  const slice = all.slice(start, start + request.first);
  return {
    items: slice.map((node) => ({ node, cursor: toCursor(keyOf(node)) })),
    hasNextPage: start + request.first < all.length,
    hasPreviousPage: start > 0,
  };
}
