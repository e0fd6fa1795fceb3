import { ERROR_CODES } from '../../../server/knowledge/errors';
import {
  DEFAULT_PAGE_SIZE,
  MAX_PAGE_SIZE,
  fromCursor,
  pageOf,
  toCursor,
  toPage,
  toPageRequest,
} from '../../../server/knowledge/pagination';

const codeOf = (call: () => unknown): string | undefined => {
  try {
    call();
  } catch (error) {
    return (error as { code?: string }).code;
  }
  return undefined;
};
const items = (n: number) => Array.from({ length: n }, (_, i) => ({ id: `item-${i}` }));
const nodeIds = (page: { items: { node: { id: string } }[] }) => page.items.map((i) => i.node.id);

describe('cursors', () => {
  it('are opaque: the key does not show, and it comes back whole', () => {
    const cursor = toCursor('gugus-tugas-ttu-2023');
    expect(cursor).not.toContain('gugus');
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(fromCursor(cursor)).toBe('gugus-tugas-ttu-2023');
  });

  it('carry a version, so a cursor of another version or without a key is refused', () => {
    const encode = (text: string) => Buffer.from(text, 'utf8').toString('base64url');
    expect(fromCursor(encode('v1:abc'))).toBe('abc');
    expect(codeOf(() => fromCursor(encode('v2:abc')))).toBe(ERROR_CODES.INVALID_CURSOR);
    expect(codeOf(() => fromCursor(encode('abc')))).toBe(ERROR_CODES.INVALID_CURSOR);
    expect(codeOf(() => fromCursor(encode('v1:')))).toBe(ERROR_CODES.INVALID_CURSOR);
  });

  it('refuses text that is not exactly a cursor of this API, naming it', () => {
    expect(codeOf(() => fromCursor('not a cursor'))).toBe(ERROR_CODES.INVALID_CURSOR);
    expect(codeOf(() => fromCursor(`${toCursor('abc')}=`))).toBe(ERROR_CODES.INVALID_CURSOR);
    expect(() => fromCursor('xyz')).toThrow(
      '"xyz" is not a cursor from this API; pass the endCursor of a previous page, or omit "after"',
    );
  });
});

describe('toPageRequest', () => {
  it(`asks for ${DEFAULT_PAGE_SIZE} by default, from the start`, () => {
    expect(toPageRequest({})).toEqual({ first: DEFAULT_PAGE_SIZE, after: undefined });
    expect(toPageRequest({ first: null, after: null })).toEqual({ first: DEFAULT_PAGE_SIZE, after: undefined });
  });

  it(`accepts 0 to ${MAX_PAGE_SIZE} and decodes the cursor`, () => {
    expect(toPageRequest({ first: 0 }).first).toBe(0);
    expect(toPageRequest({ first: MAX_PAGE_SIZE }).first).toBe(MAX_PAGE_SIZE);
    expect(toPageRequest({ first: 5, after: toCursor('k') })).toEqual({ first: 5, after: 'k' });
  });

  it.each([-1, MAX_PAGE_SIZE + 1, 2.5])('refuses first = %s with BAD_USER_INPUT saying the range', (first) => {
    expect(() => toPageRequest({ first })).toThrow(
      expect.objectContaining({
        code: ERROR_CODES.BAD_USER_INPUT,
        message: `first must be a whole number from 0 to ${MAX_PAGE_SIZE}; got ${first}`,
      }),
    );
  });
});

describe('toPage', () => {
  it('keeps first items and says there is a next page when the store gave one more', () => {
    const page = toPage(items(4), { first: 3 });
    expect(nodeIds(page)).toEqual(['item-0', 'item-1', 'item-2']);
    expect(page.items.map((i) => fromCursor(i.cursor))).toEqual(['item-0', 'item-1', 'item-2']);
    expect(page.hasNextPage).toBe(true);
    expect(page.hasPreviousPage).toBe(false);
  });

  it('says there is no next page when the store gave first items or fewer, and a previous one after a cursor', () => {
    const page = toPage(items(3), { first: 3, after: 'item-x' });
    expect(nodeIds(page)).toHaveLength(3);
    expect(page.hasNextPage).toBe(false);
    expect(page.hasPreviousPage).toBe(true);
  });
});

describe('pageOf', () => {
  const all = items(5);
  const key = (i: { id: string }) => i.id;

  it('gives the first items of a list in memory', () => {
    const page = pageOf(all, key, { first: 2 });
    expect(nodeIds(page)).toEqual(['item-0', 'item-1']);
    expect(fromCursor(page.items[1].cursor)).toBe('item-1');
    expect(page).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
  });

  it('continues after the cursor, up to the end', () => {
    const page = pageOf(all, key, { first: 2, after: toCursor('item-1') });
    expect(nodeIds(page)).toEqual(['item-2', 'item-3']);
    expect(page).toMatchObject({ hasNextPage: true, hasPreviousPage: true });
    const last = pageOf(all, key, { first: 2, after: toCursor('item-2') });
    expect(nodeIds(last)).toEqual(['item-3', 'item-4']);
    expect(last.hasNextPage).toBe(false);
  });

  it('gives an empty last page after the last item', () => {
    const page = pageOf(all, key, { first: 2, after: toCursor('item-4') });
    expect(page.items).toEqual([]);
    expect(page).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
  });

  it('uses the default page size', () => {
    expect(pageOf(items(DEFAULT_PAGE_SIZE + 1), key, {}).items).toHaveLength(DEFAULT_PAGE_SIZE);
  });

  it('refuses a cursor that points into another list', () => {
    expect(() => pageOf(all, key, { first: 2, after: toCursor('elsewhere') })).toThrow(
      expect.objectContaining({
        code: ERROR_CODES.INVALID_CURSOR,
        message: 'the cursor does not point into this list; start again without "after"',
      }),
    );
  });
});
