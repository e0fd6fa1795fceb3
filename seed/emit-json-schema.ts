/**
 * `npm run seed:json-schema`: writes seed/schema/json/<kind>.schema.json from the zod schemas, so that editors
 * validate the YAML data files as curators type (the files name their schema in their first line).
 * Committed; test/unit/dataset/json-schema.test.ts fails when they drift from the zod schemas.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { RECORD_KINDS } from './schema/kinds';
import { findRepoRoot } from './paths';

export const JSON_SCHEMA_DIR = join(findRepoRoot(), 'seed', 'schema', 'json');

/**
 * zod writes the safe-integer bounds of every integer field into the schema; they say nothing to a curator, and a
 * sixteen-digit number in the data folder looks like an identity number to the checks that guard against those.
 */
const dropSafeIntegerBounds = (key: string, value: unknown) =>
  (key === 'maximum' && value === Number.MAX_SAFE_INTEGER) || (key === 'minimum' && value === Number.MIN_SAFE_INTEGER)
    ? undefined
    : value;

/** Each kind's JSON Schema, as the text of its file. */
export function toJsonSchemaFiles(): Map<string, string> {
  const files = new Map<string, string>();
  for (const { folder, schema } of Object.values(RECORD_KINDS)) {
    const jsonSchema = z.toJSONSchema(z.array(schema), { target: 'draft-2020-12', unrepresentable: 'any' });
    files.set(`${folder}.schema.json`, `${JSON.stringify(jsonSchema, dropSafeIntegerBounds, 2)}\n`);
  }
  return files;
}

if (require.main === module) {
  mkdirSync(JSON_SCHEMA_DIR, { recursive: true });
  const files = toJsonSchemaFiles();
  for (const [name, text] of files) writeFileSync(join(JSON_SCHEMA_DIR, name), text);
  process.stdout.write(`wrote ${files.size} JSON Schemas to ${JSON_SCHEMA_DIR}\n`);
}
