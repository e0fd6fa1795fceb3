import type { KnowledgeStore } from '../knowledge-store.port';
import type { Place } from '../model';
import { ReferenceChecker } from '../reference-checker';

export class RegionService {
  constructor(
    private readonly store: KnowledgeStore,
    private readonly checker: ReferenceChecker,
  ) {}

  /** Places, optionally of some kinds or directly under a parent. */
  async regions(filter: { kinds?: Place['kind'][]; parentId?: string } = {}): Promise<Place[]> {
    if (filter.parentId !== undefined) await this.checker.assertRegion(filter.parentId);
    return (await this.store.listPlaces())
      .filter((p) => !filter.kinds?.length || filter.kinds.includes(p.kind))
      .filter((p) => filter.parentId === undefined || p.parent === filter.parentId);
  }

  async region(id: string): Promise<Place> {
    const place = (await this.store.listPlaces()).find((p) => p.id === id);
    // Not a place: the checker throws UNKNOWN_REGION, saying what the id is instead and how to find place ids.
    if (place === undefined) await this.checker.assertRegion(id);
    return place as Place;
  }
}
