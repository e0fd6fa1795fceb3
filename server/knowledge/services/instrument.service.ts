import type { KnowledgeStore } from '../knowledge-store.port';
import { ERROR_CODES, InvalidRequestError } from '../errors';
import type { Instrument } from '../model';
import { Page, toPage, toPageRequest } from '../pagination';
import type { ReferenceChecker } from '../reference-checker';
import { getOrThrow } from './lookup';

export class InstrumentService {
  constructor(
    private readonly store: KnowledgeStore,
    private readonly checker: ReferenceChecker,
  ) {}

  /** One instrument by id, or by an exact title, variant or citation ("UU 21/2007") that names only it. */
  async instrument(idOrName: string): Promise<Instrument> {
    const id = (await this.checker.names.resolve(idOrName, ['instrument']))?.id ?? idOrName;
    const [found] = await this.store.getInstruments([id]);
    return getOrThrow(
      found,
      'legal instrument',
      id,
      'use `search` or `instruments` to find instrument ids, e.g. "uu-21-2007"',
    );
  }

  async instruments(
    filter: { kinds?: Instrument['kind'][]; year?: number | null; issuer?: string | null },
    page: { first?: number | null; after?: string | null },
  ): Promise<Page<Instrument>> {
    const request = toPageRequest(page);
    if (filter.year != null && (filter.year < 1900 || filter.year > 2100)) {
      throw new InvalidRequestError(
        ERROR_CODES.BAD_USER_INPUT,
        `year must be between 1900 and 2100; got ${filter.year}`,
      );
    }
    // An unknown issuer fails like an unknown organisation elsewhere, never as an empty list that looks like "none".
    const issuerId = filter.issuer == null ? undefined : await this.checker.assertOrganization(filter.issuer);
    const rows = await this.store.findInstruments(
      { kinds: filter.kinds, year: filter.year ?? undefined, issuerId },
      request,
    );
    return toPage(rows, request);
  }
}
