import { getNullableType, isNonNullType, type GraphQLField } from 'graphql';
import { buildKnowledgeSchema } from '../../schema/build-schema';
import { createServices } from '../../server/services';
import { describeOnEveryStore } from '../support/stores-under-test';
import { startTestApi, TestApi } from '../support/test-api';

/** Values for the arguments a query requires, so each query can run; the optional ones are what is under test. */
const REQUIRED: Record<string, string> = {
  region: '"ttu"',
  step: '"shelter"',
  organization: '"dinas-sosial-ttu"',
  text: '"task force"',
  includeSubTaskForces: 'true',
};

/**
 * GraphQL lets a client send null for any optional argument. The fuzzer found `organizations(step: null)` answered
 * with an internal error; every query must answer a null optional argument exactly as if it had been left out.
 */
describeOnEveryStore('optional arguments sent as null', (createStore) => {
  let api: TestApi;
  let queries: GraphQLField<unknown, unknown>[];
  beforeAll(async () => {
    api = await startTestApi(await createStore());
    const schema = await buildKnowledgeSchema(createServices(api.store));
    queries = Object.values(schema.getQueryType()!.getFields()).filter((field) =>
      field.args.some((arg) => !isNonNullType(arg.type)),
    );
  }, 120_000);
  afterAll(async () => {
    await api.stop();
    await api.store.close();
  });

  it('is answered like an argument left out, on every query that has optional arguments', async () => {
    expect(queries.length).toBeGreaterThan(5);
    for (const field of queries) {
      const required = field.args.filter((arg) => isNonNullType(arg.type));
      const requiredText = required.map((arg) => `${arg.name}: ${REQUIRED[arg.name]}`);
      const nulls = field.args.filter((arg) => !isNonNullType(arg.type)).map((arg) => `${arg.name}: null`);
      const call = (args: string[]) =>
        `{ answer: ${field.name}${args.length ? `(${args.join(', ')})` : ''} { __typename } }`;
      expect(required.every((arg) => REQUIRED[arg.name] !== undefined && getNullableType(arg.type))).toBe(true);

      const withNulls = await api.execute(call([...requiredText, ...nulls]));
      const leftOut = await api.execute(call(requiredText));
      expect({ query: field.name, errors: withNulls.errors }).toEqual({ query: field.name, errors: undefined });
      expect(withNulls.data).toEqual(leftOut.data);
    }
  });
});
