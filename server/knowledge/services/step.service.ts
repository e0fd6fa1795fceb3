import type { KnowledgeStore } from '../knowledge-store.port';
import type { Step } from '../model';

export class StepService {
  constructor(private readonly store: KnowledgeStore) {}

  /** The step vocabulary, optionally one pillar's. */
  async steps(pillar?: Step['pillar']): Promise<Step[]> {
    const steps = await this.store.listSteps();
    return pillar === undefined ? steps : steps.filter((s) => s.pillar === pillar);
  }
}
