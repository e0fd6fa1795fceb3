import { ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import { findFreePort } from '../../bench/http/processes';
import { createSeededNeo4jStore, isNeo4jConfigured, NEO4J_SKIP_REASON } from '../contract/neo4j-store.factory';

/**
 * `NEO4J_URI=… npm start` serves the same answers as `npm start` on the embedded store: both servers run as real
 * processes (the composition root in server/main.ts) and are asked the README's example queries over HTTP.
 */
const ROOT = path.resolve(__dirname, '../..');

/** The README's example questions, with the fields a client would ask for. */
const README_QUERIES: Record<string, string> = {
  steps: '{ steps { id label pillar } }',
  regions: '{ regions { id label kind parent { id } } }',
  'search for a spelling variant': '{ search(text: "Tapem Bikomi") { nodes { id kind label } } }',
  'search for an acronym': '{ search(text: "PLBN") { nodes { id kind label } } }',
  'search despite a typo': '{ search(text: "Motamasn") { nodes { id kind label } } }',
  'responsibilities for repatriation in TTU':
    '{ responsibilities(step: "repatriation", region: "ttu", asOf: "2024-01-01") { nodes { organization { label } role scope legalBasis { instrument { label } } } } }',
  'responsibilities for shelter in Kupang':
    '{ responsibilities(step: "shelter", region: "kupang-city", asOf: "2024-01-01") { nodes { organization { id label } role scope validFrom validTo sources { file locator quote basis } } } }',
  'legal basis of the border post':
    '{ legalBasis(organization: "plbn") { organization { id } mandates { id step { id } legalBasis { instrument { id } article { id number } } } notStated { id } } }',
  'the TTU task force of 2023':
    '{ taskForce(id: "gugus-tugas-ttu-2023") { id label validFrom establishedBy { instrument { id } } subTaskForces { id label members { position member { id } } } duties { text { english } } } }',
  'the prosecution chain in TTU':
    '{ referralPaths(region: "ttu", step: "criminal-prosecution") { nodes { id steps { order step { id } actors { id } handover { english } } } } }',
  'coverage of Sumba':
    '{ coverage(region: "sumba-island", asOf: "2024-01-01") { steps { step { id } covered coveredLocally responsibilities { organization { id } scope } } uncoveredSteps { id } gaps { scope gap { id } } } }',
  'partners of Yayasan Tapen Bikomi':
    '{ partners(organization: "yayasan-tapen-bikomi", asOf: "2024-01-01") { existing { organization { id } partnership { id } } candidates { organization { id } reason mandates { id } } } }',
  'a record by id': '{ node(id: "uu-21-2007-art-58") { id ... on Article { number label } } }',
};

interface RunningServer {
  url: string;
  process: ChildProcess;
}

/** Starts server/main.ts as `npm start` does (production mode) and waits until /ready answers 200. */
async function startServer(env: Record<string, string | undefined>): Promise<RunningServer> {
  const port = await findFreePort();
  const child = spawn(
    process.execPath,
    [require.resolve('ts-node/dist/bin.js'), '--transpile-only', 'server/main.ts'],
    {
      cwd: ROOT,
      env: { ...process.env, ...env, PORT: String(port), HOST: '127.0.0.1', NODE_ENV: 'production' },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the server exited (${child.exitCode}):\n${output}`);
    const ready = await fetch(`${url}/ready`).then(
      (res) => res.status === 200,
      () => false,
    );
    if (ready) return { url, process: child };
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  child.kill('SIGTERM');
  throw new Error(`the server did not become ready within 120 s:\n${output}`);
}

/** Stops it as a supervisor would: SIGTERM for a graceful shutdown, SIGKILL if it has not exited 10 s later. */
function stopServer(server: RunningServer | undefined): Promise<void> {
  if (server === undefined || server.process.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const kill = setTimeout(() => server.process.kill('SIGKILL'), 10_000);
    server.process.once('exit', () => {
      clearTimeout(kill);
      resolve();
    });
    server.process.kill('SIGTERM');
  });
}

async function ask(url: string, query: string, headers: Record<string, string> = {}): Promise<unknown> {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query }),
  });
  return { status: res.status, body: await res.json() };
}

if (isNeo4jConfigured()) {
  describe('the server on Neo4j, end to end over HTTP', () => {
    let onNeo4j: RunningServer | undefined;
    let embedded: RunningServer | undefined;

    beforeAll(async () => {
      await (await createSeededNeo4jStore()).close();
      [onNeo4j, embedded] = await Promise.all([
        startServer({ NEO4J_URI: process.env.NEO4J_URI }),
        startServer({ NEO4J_URI: '' }),
      ]);
    }, 240_000);
    afterAll(async () => {
      await Promise.all([stopServer(onNeo4j), stopServer(embedded)]);
    }, 30_000);

    it.each(Object.entries(README_QUERIES))(
      'answers the README example "%s" as the embedded store does',
      async (_name, query) => {
        const fromNeo4j = (await ask(onNeo4j!.url, query)) as { status: number; body: { errors?: unknown } };
        expect(fromNeo4j.body.errors).toBeUndefined();
        expect(fromNeo4j.status).toBe(200);
        expect(fromNeo4j).toEqual(await ask(embedded!.url, query));
      },
    );

    it('answers in Indonesian when asked, as the embedded store does', async () => {
      const query = '{ taskForce(id: "gugus-tugas-ttu-2023") { label subTaskForces { label } } }';
      const fromNeo4j = await ask(onNeo4j!.url, query, { 'accept-language': 'id' });
      expect(fromNeo4j).toEqual(await ask(embedded!.url, query, { 'accept-language': 'id' }));
      expect(fromNeo4j).not.toEqual(await ask(onNeo4j!.url, query));
    });
  });
} else {
  describe('the server on Neo4j, end to end over HTTP', () => {
    it.skip(NEO4J_SKIP_REASON, () => {});
  });
}
