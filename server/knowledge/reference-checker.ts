import type { KnowledgeStore } from './knowledge-store.port';
import { ErrorCode, ERROR_CODES, InvalidRequestError } from './errors';
import { ORGANIZATION_KINDS, type EntityKind } from './model';
import { NameResolver } from './name-resolver';

/**
 * Checks the ids clients send before a query runs, so an unknown id is a clear 400-class error with a hint, never an
 * empty answer that looks like "nobody is responsible". Accepts exact names, aliases and acronyms where ids go
 * (through the NameResolver) and answers with the id.
 */
export class ReferenceChecker {
  readonly names: NameResolver;

  constructor(store: KnowledgeStore) {
    this.names = new NameResolver(store);
  }

  /** Accepts step ids as listed (`border-inspection`) or enum-style (`BORDER_INSPECTION`). */
  static normalizeStepId(step: string): string {
    return step.trim().toLowerCase().replace(/_/g, '-');
  }

  async assertRegion(idOrName: string): Promise<string> {
    return this.assertKind(
      idOrName,
      ['place'],
      ERROR_CODES.UNKNOWN_REGION,
      'region',
      'query `regions` for the place ids, e.g. "ttu" or "ntt"',
    );
  }

  async assertStep(step: string): Promise<string> {
    const id = ReferenceChecker.normalizeStepId(step);
    const hint = 'query `steps` for the step ids, e.g. "shelter" or "investigation"';
    const resolved = await this.names.resolve(id, ['step']);
    if (resolved !== null) return resolved.id;
    return this.assertKind(step, ['step'], ERROR_CODES.UNKNOWN_STEP, 'step', hint);
  }

  async assertOrganization(idOrName: string): Promise<string> {
    return this.assertKind(
      idOrName,
      ORGANIZATION_KINDS,
      ERROR_CODES.UNKNOWN_ORGANIZATION,
      'organization',
      'use `search` or `organizations` to find organisation ids, e.g. "dinas-sosial-ttu"',
    );
  }

  /** The id of a record of one of `kinds` that `idOrName` names; throws `code` saying what it is instead. */
  async assertKind(
    idOrName: string,
    kinds: readonly EntityKind[],
    code: ErrorCode,
    what: string,
    hint: string,
  ): Promise<string> {
    const resolved = await this.names.resolve(idOrName, kinds);
    if (resolved !== null) return resolved.id;
    const actually = await this.names.describeMismatch(idOrName);
    throw new InvalidRequestError(code, `"${idOrName}" is not a known ${what} (${actually}); ${hint}`);
  }
}
