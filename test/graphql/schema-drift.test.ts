import { readFileSync } from 'node:fs';
import { printKnowledgeSchema, SCHEMA_FILE } from '../../schema/emit-schema';

describe('schema/schema.graphql', () => {
  it('matches the schema the code builds (run `npm run schema:emit` after changing the API)', async () => {
    expect(readFileSync(SCHEMA_FILE, 'utf8')).toBe(await printKnowledgeSchema());
  });
});
