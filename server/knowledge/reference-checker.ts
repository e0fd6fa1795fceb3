import type { KnowledgeStore } from './knowledge-store.port';
import { ERROR_CODES, ErrorCode, InvalidRequestError } from './errors';
import { ORGANIZATION_KINDS, type EntityKind } from './model';

/**
 * Checks the ids clients send before a query runs, so an unknown id is a clear 400-class error with a hint, never an
 * empty answer that looks like "nobody is responsible".
 */
export class ReferenceChecker {
  constructor(private readonly store: KnowledgeStore) {}

  /** Accepts step ids as listed (`border-inspection`) or enum-style (`BORDER_INSPECTION`). */
  static normalizeStepId(step: string): string {
    return step.trim().toLowerCase().replace(/_/g, '-');
  }

  async assertRegion(id: string): Promise<string> {
    return this.assertKind(
      id,
      ['place'],
      ERROR_CODES.UNKNOWN_REGION,
      'region',
      'query `regions` for the place ids, e.g. "ttu" or "ntt"',
    );
  }

  async assertStep(step: string): Promise<string> {
    const id = ReferenceChecker.normalizeStepId(step);
    return this.assertKind(
      id,
      ['step'],
      ERROR_CODES.UNKNOWN_STEP,
      'step',
      'query `steps` for the step ids, e.g. "shelter" or "investigation"',
    );
  }

  async assertOrganization(id: string): Promise<string> {
    return this.assertKind(
      id,
      ORGANIZATION_KINDS,
      ERROR_CODES.UNKNOWN_ORGANIZATION,
      'organization',
      'use `search` or `organizations` to find organisation ids, e.g. "dinas-sosial-ttu"',
    );
  }

  private async assertKind(
    id: string,
    kinds: readonly EntityKind[],
    code: ErrorCode,
    what: string,
    hint: string,
  ): Promise<string> {
    const [kind] = await this.store.getKinds([id]);
    if (kind !== null && kinds.includes(kind)) return id;
    const actually = kind === null ? 'no record has that id' : `that id is a ${kind}`;
    throw new InvalidRequestError(code, `"${id}" is not a known ${what} (${actually}); ${hint}`);
  }
}
