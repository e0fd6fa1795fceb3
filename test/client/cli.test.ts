import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { DEFAULT_API_URL } from '../../client/api/api-client';
import { CliIo, runCli } from '../../client/cli/cli';
import { parseCliArgs, UsageError } from '../../client/cli/cli-args';
import { startTestHttpServer, TestHttpServer } from '../support/test-api';

/** An io that records what the CLI prints. */
function recordingIo(env: NodeJS.ProcessEnv = {}, extra: Partial<CliIo> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = { stdout: (text) => out.push(text), stderr: (text) => err.push(text), env, ...extra };
  return { io, stdout: () => out.join('\n'), stderr: () => err.join('\n') };
}

/** For usage errors: the CLI must refuse before it creates a client. */
const noClient: Partial<CliIo> = {
  createClient: () => {
    throw new Error('a usage error must not reach the API');
  },
};

describe('the command-line arguments', () => {
  it('takes the URL from --url, else KB_API_URL, else the local default', () => {
    const env = { KB_API_URL: 'http://kb.example/graphql' };
    expect(parseCliArgs(['steps', '--url', 'http://other/graphql'], env).url).toBe('http://other/graphql');
    expect(parseCliArgs(['steps'], env).url).toBe('http://kb.example/graphql');
    expect(parseCliArgs(['steps'], {}).url).toBe(DEFAULT_API_URL);
  });

  it('reads the command, its arguments and options', () => {
    const args = parseCliArgs([
      'responsibilities',
      '--step',
      'shelter',
      '--region',
      'kupang-city',
      '--as-of',
      '2024-01-01',
      '--lang',
      'ID',
      '--json',
    ]);

    expect(args).toMatchObject({
      command: 'responsibilities',
      positionals: [],
      options: { step: 'shelter', region: 'kupang-city', 'as-of': '2024-01-01' },
      language: 'id',
      json: true,
    });
  });

  it.each([
    [['steps', '--lang', 'fr'], '--lang must be one of en, id'],
    [['steps', '--colour'], "Unknown option '--colour'"],
  ])('refuses %j', (argv, message) => {
    expect(() => parseCliArgs(argv)).toThrow(UsageError);
    expect(() => parseCliArgs(argv)).toThrow(message);
  });
});

describe('the command-line client', () => {
  let server: TestHttpServer;
  let env: NodeJS.ProcessEnv;
  beforeAll(async () => {
    server = await startTestHttpServer();
    env = { KB_API_URL: `${server.url}/graphql` };
  });
  afterAll(() => server.stop());

  it('prints who coordinates repatriation in TTU, with the decree and sources, and exits 0', async () => {
    const { io, stdout } = recordingIo(env);

    const code = await runCli(
      ['responsibilities', '--step', 'repatriation', '--region', 'ttu', '--as-of', '2024-01-01'],
      io,
    );

    expect(code).toBe(0);
    const block = stdout()
      .split('\n\n')
      .find((text) => text.startsWith('TTU Regency Social Service (dinas-sosial-ttu)'));
    expect(block).toContain('  role: coordinator');
    expect(block).toContain('[kepbup-ttu-126-2023]');
    // The decree gives the duty to the sub-task force, not to its Koordinator: the coordinator's mandate is a reading.
    expect(block).toMatch(/^ {2}source: 001_\S+\.txt L79 \[inferred\] "Kepala Dinas Sosial Kab\.TTU Koordinator"$/m);
  });

  it('prints what the sources leave open about a record, with what they say and the source', async () => {
    const { io, stdout } = recordingIo(env);

    expect(await runCli(['unknowns', '--about', 'lsm-yabiku'], io)).toBe(0);

    const text = stdout();
    expect(text).toMatch(/^Not stated in the sources about "lsm-yabiku": \d+$/m);
    expect(text).toContain('What does "Yabiku" stand for, and what does the NGO do? (ku-lsm-yabiku-acronym)');
    expect(text).toMatch(/^ {2}what the sources say: Its director is listed in Sub A/m);
    expect(text).toMatch(/^ {2}source: 001_\S+\.txt L76 \[stated\] "Direktur LSM Yabiku Kefamenanu"$/m);
  });

  it('prints the findings on a step in a place, each with its kind, place, period and sources', async () => {
    const { io, stdout } = recordingIo(env);

    expect(await runCli(['findings', '--region', 'ttu', '--step', 'awareness-raising', '--first', '50'], io)).toBe(0);

    const text = stdout();
    expect(text).toMatch(/^Findings in or around "ttu" on step "awareness-raising": \d+$/m);
    expect(text).toMatch(/^\[campaign media\] The Tapen Bikomi Foundation promotes prevention/m);
    expect(text).toMatch(/^ {2}place: North Central Timor Regency \(ttu\); period: from 2015$/m);
  });

  it("prints a law named by its citation: its articles, penalties, curator's note and what rests on it", async () => {
    const { io, stdout } = recordingIo(env);

    expect(await runCli(['instrument', 'UU', '21/2007'], io)).toBe(0);

    const text = stdout();
    expect(text).toMatch(/^Law No\. 21 of 2007 .*\(uu-21-2007\)$/m);
    expect(text).toMatch(/^- Art\. 58 \[uu-21-2007-art-58\]: /m);
    expect(text).toMatch(/^Penalties \(1\):\n- .*3 to 15 years' imprisonment/m);
    expect(text).toMatch(/^ {2}note: The sources render the title three ways/m);
    expect(text).toContain('Mandates resting on it');
  });

  it('prints statistics of a place named by its acronym, for a topic and year, with their sources', async () => {
    const { io, stdout } = recordingIo(env);

    expect(await runCli(['statistics', '--region', 'NTT', '--topic', 'deaths', '--year', '2017'], io)).toBe(0);

    expect(stdout()).toMatch(
      /^Deaths of illegal migrant workers from NTT \[stat-ntt-illegal-migrant-worker-deaths-2017\]$/m,
    );
    expect(stdout()).toMatch(/^ {2}value: 55 deaths, 2017, /m);
    expect(stdout()).toMatch(/^ {2}reported by: not stated in the sources$/m);
  });

  it('prints the gaps of a place with "not stated" where the sources are silent', async () => {
    const { io, stdout } = recordingIo(env);

    expect(await runCli(['gaps', '--region', 'sumba-island'], io)).toBe(0);

    expect(stdout()).toContain('[gap-sumba-no-border-post-or-immigration-office]');
    expect(stdout()).toMatch(/^ {2}observed: not stated in the sources$/m);
  });

  it('says out loud which mandates the day leaves out', async () => {
    const { io, stdout } = recordingIo(env);

    const argv = ['responsibilities', '--step', 'interception', '--region', 'TTU', '--as-of', '2019-01-01'];
    expect(await runCli(argv, io)).toBe(0);

    expect(stdout()).toMatch(
      /^not on this day: \d+ mandates resting on Kepbup 126\/KEP\/HK\/II\/2023 .* not valid on 2019-01-01/m,
    );
  });

  it('prints what matched in a search hit and the record it belongs to', async () => {
    const { io, stdout } = recordingIo(env);

    expect(await runCli(['search', 'Art.', '58', '--first', '1'], io)).toBe(0);

    expect(stdout()).toContain('- article: Article 58 (uu-21-2007-art-58)');
    expect(stdout()).toMatch(/^ {2}of: Law No\. 21 of 2007 .*\(uu-21-2007\)$/m);
  });

  it('lists the candidates of an ambiguous name and exits 1', async () => {
    const { io, stderr } = recordingIo(env);

    expect(await runCli(['legal-basis', 'BP3TKI'], io)).toBe(1);
    expect(stderr()).toMatch(/^error AMBIGUOUS_NAME: .*bp3tki \(organization\), bp3tki-kupang \(organization\)/);
  });

  it('prints the raw data with --json', async () => {
    const { io, stdout } = recordingIo(env);

    expect(await runCli(['search', 'tapen', 'bikomi', '--json'], io)).toBe(0);

    const data = JSON.parse(stdout());
    expect(data.search.nodes[0]).toMatchObject({ id: 'yayasan-tapen-bikomi', kind: 'ORGANIZATION' });
    expect(stdout()).not.toContain('__typename');
  });

  it("prints the server's code and message and exits 1 when the API refuses", async () => {
    const { io, stderr } = recordingIo(env);

    expect(await runCli(['coverage', '--region', 'atlantis'], io)).toBe(1);
    expect(stderr()).toMatch(/^error UNKNOWN_REGION: "atlantis" is not a known region/);
  });

  it.each([
    [['responsibilities', '--step', 'shelter'], 'responsibilities needs --region <id>'],
    [['legal-basis'], 'legal-basis takes exactly one argument'],
    [['steps', '--region', 'ttu'], 'steps does not take --region'],
    [['teleport'], 'unknown command "teleport"'],
    [['search', 'x', '--first', 'ten'], '--first must be a whole number'],
    [['statistics', '--year', 'last'], '--year must be a whole number'],
    [['instrument'], 'instrument needs'],
    [[], 'Usage:'],
  ])('exits 2 with a usage error for %j, without calling the API', async (argv, message) => {
    const { io, stderr } = recordingIo(env, noClient);

    expect(await runCli(argv, io)).toBe(2);
    expect(stderr()).toContain(message);
  });
});

describe('the command-line client as a process', () => {
  it('prints its help and exits 0', () => {
    const root = join(__dirname, '..', '..');
    const result = spawnSync(
      process.execPath,
      ['-r', 'ts-node/register/transpile-only', 'client/cli/cli.ts', '--help'],
      {
        cwd: root,
        encoding: 'utf8',
        timeout: 60_000,
      },
    );

    expect(result.status).toBe(0);
    expect(result.stdout).toContain('Usage: npm run client -- <command>');
    expect(result.stdout).toMatch(/^ {2}responsibilities +who is responsible/m);
  });
});
