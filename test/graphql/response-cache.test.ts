import { buildKnowledgeSchema } from '../../schema/build-schema';
import { createRequestContext } from '../../schema/common/context';
import { createApollo } from '../../server/apollo';
import type { KnowledgeStore } from '../../server/knowledge/knowledge-store.port';
import { createServices } from '../../server/services';
import { memoryStoreWithRealDataset } from '../support/real-dataset';

/** The embedded store, counting the calls a question makes to it. */
function countingStore() {
  const calls = new Map<string, number>();
  const store = memoryStoreWithRealDataset();
  const counting = new Proxy(store, {
    get(target, name, receiver) {
      const value = Reflect.get(target, name, receiver);
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        calls.set(String(name), (calls.get(String(name)) ?? 0) + 1);
        return value.apply(target, args);
      };
    },
  }) as KnowledgeStore;
  return { store: counting, calls: (name: string) => calls.get(name) ?? 0 };
}

const RESPONSIBILITIES = `query R($region: ID!) {
  responsibilities(step: "protection", region: $region, asOf: "2024-01-01") { nodes { organization { id label } } }
}`;

describe('the response cache', () => {
  async function startApi() {
    const { store, calls } = countingStore();
    const apollo = createApollo(await buildKnowledgeSchema(createServices(store)), { responseCache: true });
    await apollo.start();
    const ask = async (variables: Record<string, unknown>, lang: 'en' | 'id' = 'en') => {
      const response = await apollo.executeOperation(
        { query: RESPONSIBILITIES, variables },
        { contextValue: createRequestContext(store, lang) },
      );
      if (response.body.kind !== 'single') throw new Error('expected a single result');
      return response.body.singleResult;
    };
    return { apollo, ask, calls };
  }

  it('answers a question asked before without asking the store again', async () => {
    const { apollo, ask, calls } = await startApi();
    const first = await ask({ region: 'ttu' });
    const again = await ask({ region: 'ttu' });
    await apollo.stop();

    expect(first.errors).toBeUndefined();
    expect(again.data).toEqual(first.data);
    expect(calls('findResponsibilities')).toBe(1);
  });

  it('keeps answers apart by variables and by language', async () => {
    const { apollo, ask, calls } = await startApi();
    await ask({ region: 'ttu' });
    await ask({ region: 'belu' });
    const indonesian = await ask({ region: 'ttu' }, 'id');
    await apollo.stop();

    expect(calls('findResponsibilities')).toBe(3);
    expect(JSON.stringify(indonesian.data)).toContain('Kabupaten');
  });

  it('never keeps an error: an unknown region is checked again each time', async () => {
    const { apollo, ask, calls } = await startApi();
    const first = await ask({ region: 'atlantis' });
    const kindChecks = calls('getKinds');
    const again = await ask({ region: 'atlantis' });
    await apollo.stop();

    expect(first.errors?.[0].extensions?.code).toBe('UNKNOWN_REGION');
    expect(again.errors?.[0].extensions?.code).toBe('UNKNOWN_REGION');
    expect(calls('getKinds')).toBeGreaterThan(kindChecks);
  });
});
