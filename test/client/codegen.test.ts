import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import config from '../../codegen';

const ROOT = join(__dirname, '..', '..');
const GENERATED = 'client/api/generated/';
// The CLI loads yargs as an ES module, which Jest's CommonJS runtime cannot: run it as `npm run client:codegen` does.
const CODEGEN_BIN = join(ROOT, 'node_modules', '@graphql-codegen', 'cli', 'cjs', 'bin.js');

describe('client/api/generated/', () => {
  it('holds what GraphQL Code Generator makes of schema/schema.graphql and the operations (else run `npm run client:codegen`)', () => {
    const scratch = mkdtempSync(join(tmpdir(), 'codegen-'));
    try {
      const scratchConfig = join(scratch, 'codegen.json');
      writeFileSync(
        scratchConfig,
        JSON.stringify({ ...config, generates: { [join(scratch, 'out') + '/']: config.generates[GENERATED] } }),
      );

      const run = spawnSync(process.execPath, [CODEGEN_BIN, '--config', scratchConfig, '--silent'], {
        cwd: ROOT,
        encoding: 'utf8',
      });

      expect(run.stderr).toBe('');
      const fresh = readdirSync(join(scratch, 'out')).sort();
      expect(fresh).toContain('graphql.ts');
      expect(readdirSync(join(ROOT, GENERATED)).sort()).toEqual(fresh);
      for (const file of fresh) {
        const committed = readFileSync(join(ROOT, GENERATED, file), 'utf8');
        expect({ file, content: committed }).toEqual({
          file,
          content: readFileSync(join(scratch, 'out', file), 'utf8'),
        });
      }
    } finally {
      rmSync(scratch, { recursive: true, force: true });
    }
  });
});
