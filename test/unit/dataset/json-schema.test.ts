import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSON_SCHEMA_DIR, toJsonSchemaFiles } from '../../../seed/emit-json-schema';

describe('the JSON Schemas editors use for the data files', () => {
  it.each([...toJsonSchemaFiles()])(
    '%s matches the zod schema (run `npm run seed:json-schema` after changing it)',
    (name, text) => {
      expect(readFileSync(join(JSON_SCHEMA_DIR, name), 'utf8')).toBe(text);
    },
  );
});
