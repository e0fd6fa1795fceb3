import type { KnowledgeStore } from '../knowledge-store.port';
import { ERROR_CODES, InvalidRequestError } from '../errors';
import type { Finding, KnownUnknown, Place } from '../model';
import { Page, pageOf } from '../pagination';
import { ReferenceChecker } from '../reference-checker';
import { getOrThrow } from './lookup';

export interface KnownUnknownFilter {
  kinds?: KnownUnknown['kind'][];
  region?: string;
  about?: string;
}

export interface FindingFilter {
  kinds?: Finding['kind'][];
  region?: string;
  about?: string;
  step?: string;
}

type PageArgs = { first?: number | null; after?: string | null };

/**
 * The context around the response: what the sources leave open (known unknowns) and what they find about drivers,
 * routes, barriers and actors (findings). Both collections are small (tens of records), so they are filtered here
 * from one read of each, and paged in memory.
 */
export class ContextService {
  constructor(
    private readonly store: KnowledgeStore,
    private readonly checker: ReferenceChecker,
  ) {}

  async knownUnknown(id: string): Promise<KnownUnknown> {
    const [found] = await this.store.getKnownUnknowns([id]);
    return getOrThrow(found, 'known unknown', id, 'query `knownUnknowns` for their ids');
  }

  async finding(id: string): Promise<Finding> {
    const [found] = await this.store.getFindings([id]);
    return getOrThrow(found, 'finding', id, 'query `findings` for their ids');
  }

  async knownUnknowns(filter: KnownUnknownFilter, page: PageArgs): Promise<Page<KnownUnknown>> {
    const matches = await this.matcher(filter);
    const all = (await this.store.listKnownUnknowns()).filter((k) => matches(k.kind, k.area, k.about));
    return pageOf(all, (k) => k.id, page);
  }

  async findings(filter: FindingFilter, page: PageArgs): Promise<Page<Finding>> {
    const matches = await this.matcher(filter);
    const stepId = filter.step === undefined ? undefined : await this.checker.assertStep(filter.step);
    const all = (await this.store.listFindings())
      .filter((f) => matches(f.kind, f.area, f.about ?? []))
      .filter((f) => stepId === undefined || (f.steps ?? []).includes(stepId));
    return pageOf(all, (f) => f.id, page);
  }

  /** The known unknowns about each record (an organisation, instrument, place...), for fields on those types. */
  async knownUnknownsAbout(ids: readonly string[]): Promise<KnownUnknown[][]> {
    const all = await this.store.listKnownUnknowns();
    return ids.map((id) => all.filter((k) => k.about.includes(id)));
  }

  /** The findings about each record. */
  async findingsAbout(ids: readonly string[]): Promise<Finding[][]> {
    const all = await this.store.listFindings();
    return ids.map((id) => all.filter((f) => (f.about ?? []).includes(id)));
  }

  /**
   * One predicate for both kinds: of the kinds asked, about the record asked, and in a place that is the region
   * asked, within it or above it (a finding about Indonesia answers for TTU; one about TTU answers for NTT).
   */
  private async matcher(filter: { kinds?: string[]; region?: string; about?: string }) {
    const placeId = filter.region === undefined ? undefined : await this.checker.assertRegion(filter.region);
    if (filter.about !== undefined) {
      const [kind] = await this.store.getKinds([filter.about]);
      if (kind === null) {
        throw new InvalidRequestError(
          ERROR_CODES.NOT_FOUND,
          `no record has the id "${filter.about}"; use \`search\` to find the id of an organisation, instrument or place`,
        );
      }
    }
    const around = placeId === undefined ? undefined : placesAround(await this.store.listPlaces(), placeId);
    return (kind: string, area: string, about: string[]) =>
      (!filter.kinds?.length || filter.kinds.includes(kind)) &&
      (filter.about === undefined || about.includes(filter.about)) &&
      (around === undefined || around.has(area));
  }
}

/** The place, the places above it (by parent or island) and the places within it. */
export function placesAround(places: Place[], placeId: string): Set<string> {
  const byId = new Map(places.map((p) => [p.id, p]));
  const above = (id: string): string[] => {
    const seen = new Set<string>();
    const queue = [id];
    while (queue.length > 0) {
      const place = byId.get(queue.shift() as string);
      for (const up of [place?.parent, place?.island]) {
        if (up !== undefined && !seen.has(up)) {
          seen.add(up);
          queue.push(up);
        }
      }
    }
    return [...seen];
  };
  const around = new Set([placeId, ...above(placeId)]);
  for (const p of places) if (above(p.id).includes(placeId)) around.add(p.id);
  return around;
}
