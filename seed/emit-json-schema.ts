/**
 * `npm run seed:json-schema`: writes seed/schema/json/<kind>.schema.json from the zod schemas, so that editors
 * validate the YAML data files as curators type (the files name their schema in their first line).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { RECORD_KINDS } from './schema/kinds';
import { findRepoRoot } from './paths';

const outDir = join(findRepoRoot(), 'seed', 'schema', 'json');
mkdirSync(outDir, { recursive: true });
for (const { folder, schema } of Object.values(RECORD_KINDS)) {
  const jsonSchema = z.toJSONSchema(z.array(schema), { target: 'draft-2020-12', unrepresentable: 'any' });
  writeFileSync(join(outDir, `${folder}.schema.json`), `${JSON.stringify(jsonSchema, null, 2)}\n`);
}
process.stdout.write(`wrote ${Object.keys(RECORD_KINDS).length} JSON Schemas to ${outDir}\n`);
