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
    const parentId = filter.parentId === undefined ? undefined : await this.checker.assertRegion(filter.parentId);
    return (await this.store.listPlaces())
      .filter((p) => !filter.kinds?.length || filter.kinds.includes(p.kind))
      .filter((p) => parentId === undefined || p.parent === parentId);
  }

  /** One place by id or exact name ("TTU", "Kefamenanu"); UNKNOWN_REGION saying what the value is instead. */
  async region(idOrName: string): Promise<Place> {
    const id = await this.checker.assertRegion(idOrName);
    return (await this.store.listPlaces()).find((p) => p.id === id) as Place;
  }
}
