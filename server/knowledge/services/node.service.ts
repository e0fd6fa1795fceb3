import type { KnowledgeStore } from '../knowledge-store.port';
import type { EntityKind } from '../model';
import { getOrThrow } from './lookup';

/** Any entity by id, with its kind, for `node(id)`. */
export class NodeService {
  constructor(private readonly store: KnowledgeStore) {}

  async node(id: string): Promise<{ kind: EntityKind; record: unknown }> {
    const [kind] = await this.store.getKinds([id]);
    const known = getOrThrow(
      kind,
      'record',
      id,
      'ids are listed by `search`, `organizations`, `instruments`, `regions` and `steps`',
    );
    const record = await this.fetch(known, id);
    return {
      kind: known,
      record: getOrThrow(record, known, id, 'the record disappeared while it was read; try again'),
    };
  }

  private async fetch(kind: EntityKind, id: string): Promise<unknown> {
    const s = this.store;
    const fetchers: Record<EntityKind, () => Promise<unknown[]>> = {
      organization: () => s.getOrganizations([id]),
      taskForce: () => s.getOrganizations([id]),
      instrument: () => s.getInstruments([id]),
      article: () => s.getArticles([id]),
      place: async () => (await s.listPlaces()).filter((p) => p.id === id),
      step: async () => (await s.listSteps()).filter((p) => p.id === id),
      membership: () => s.getMemberships([id]),
      mandate: () => s.getMandates([id]),
      referralPath: () => s.getReferralPaths([id]),
      partnership: () => s.getPartnerships([id]),
      gap: () => s.getGaps([id]),
      statistic: () => s.getStatistics([id]),
      disagreement: () => s.getDisagreements([id]),
    };
    const [record] = await fetchers[kind]();
    return record ?? null;
  }
}
