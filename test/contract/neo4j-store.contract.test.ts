import { describeKnowledgeStoreContract } from './knowledge-store.contract';
import { createSeededNeo4jStore, isNeo4jConfigured, NEO4J_SKIP_REASON } from './neo4j-store.factory';
import { loadConfig } from '../../server/config';
import { DriverGateway } from '../../server/store/neo4j/driver';
import { seedGraph } from '../../server/store/neo4j/seed-graph';
import { realDataset } from '../support/real-dataset';

if (isNeo4jConfigured()) {
  describeKnowledgeStoreContract('neo4j', createSeededNeo4jStore);

  describe('seeding Neo4j', () => {
    it('changes nothing the second time (idempotent MERGE, SET only on change)', async () => {
      const gateway = DriverGateway.fromConfig(loadConfig().neo4j!);
      try {
        await seedGraph(gateway, realDataset());
        const again = await seedGraph(gateway, realDataset());
        const changes = again.flatMap((step) =>
          Object.entries(step.counters)
            .filter(([key, value]) => typeof value === 'number' && value > 0 && !/index|constraint/i.test(key))
            .map(([key, value]) => `${step.name}: ${key} ${value}`),
        );
        expect(changes).toEqual([]);
      } finally {
        await gateway.close();
      }
    }, 180_000);
  });
} else {
  describe('KnowledgeStore contract: neo4j', () => {
    it.skip(NEO4J_SKIP_REASON, () => {});
  });
  console.warn(`Neo4j contract suite ${NEO4J_SKIP_REASON}`);
}
