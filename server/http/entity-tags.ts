import { createHash } from 'node:crypto';

/** A strong entity tag: a digest of the exact bytes sent, so equal answers share a tag whatever produced them. */
export const entityTagOf = (bytes: Buffer | string): string =>
  `"${createHash('sha256').update(bytes).digest('base64url').slice(0, 27)}"`;

/** Whether an If-None-Match header names the current entity (any of a list, weak or strong, or *). */
export const isNotModified = (ifNoneMatch: string | undefined, etag: string): boolean =>
  ifNoneMatch !== undefined &&
  ifNoneMatch.split(',').some((tag) => {
    const trimmed = tag.trim();
    return trimmed === '*' || trimmed.replace(/^W\//, '') === etag;
  });
