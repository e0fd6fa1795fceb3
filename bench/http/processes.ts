import { ChildProcess, execFile, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { performance } from 'node:perf_hooks';
import { promisify } from 'node:util';
import type { LoadJob, LoadResult } from './load-runner';

/** Processes the benchmark starts: servers (each on a free loopback port) and the load generator. */

const run = promisify(execFile);

export interface RunningServer {
  url: string;
  pid: number;
  /** From spawn until the server answered its readiness check. */
  startupMs: number;
  /** Resident memory once ready. */
  readyRssMb: number;
  stop(): Promise<void>;
}

export async function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/** Resident memory of a process from /proc (VmRSS now, or VmHWM: the peak), in MB. */
export function residentMb(pid: number, field: 'VmRSS' | 'VmHWM' = 'VmRSS'): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(new RegExp(`${field}:\\s+(\\d+)`).exec(status)?.[1] ?? NaN);
  return Math.round(kb / 1024);
}

/** Every server started and not yet stopped, so that a failed run still stops them (stopStartedServers). */
const started = new Set<() => Promise<void>>();

export async function stopStartedServers(): Promise<void> {
  await Promise.all([...started].map((stop) => stop()));
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Starts `node <script> [...args]` with PORT set and waits until `readyPath` answers (200, or any answer when
 * `anyAnswer`); fails with the process's output if it exits first or takes longer than `timeoutMs`.
 */
export async function startServer(options: {
  script: string;
  args?: string[];
  nodeOptions?: string[];
  env?: Record<string, string | undefined>;
  readyPath: string;
  anyAnswer?: boolean;
  timeoutMs?: number;
}): Promise<RunningServer> {
  const port = await findFreePort();
  const url = `http://127.0.0.1:${port}`;
  const startedAt = performance.now();
  const child: ChildProcess = spawn(
    process.execPath,
    [...(options.nodeOptions ?? []), options.script, ...(options.args ?? [])],
    {
      env: { ...process.env, NODE_ENV: 'production', HOST: '127.0.0.1', PORT: String(port), ...options.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  let hasExited = false;
  void exited.then(() => (hasExited = true));
  const stop = async () => {
    started.delete(stop);
    if (!hasExited) {
      child.kill('SIGTERM');
      await Promise.race([exited, sleep(5000).then(() => child.kill('SIGKILL'))]);
    }
  };
  started.add(stop);

  const deadline = startedAt + (options.timeoutMs ?? 60_000);
  while (performance.now() < deadline) {
    if (hasExited) throw new Error(`${options.script} exited before it was ready:\n${output}`);
    const answered = await fetch(url + options.readyPath).then(
      (res) => res.status === 200 || options.anyAnswer === true,
      () => false,
    );
    if (answered) {
      const startupMs = Math.round(performance.now() - startedAt);
      return { url, pid: child.pid as number, startupMs, readyRssMb: residentMb(child.pid as number), stop };
    }
    await sleep(10);
  }
  await stop();
  throw new Error(`${options.script} was not ready within ${options.timeoutMs ?? 60_000} ms:\n${output}`);
}

/** Runs autocannon in its own process (bench/http/load-runner). */
export async function runLoad(loadRunnerScript: string, job: LoadJob): Promise<LoadResult> {
  const { stdout } = await run(process.execPath, [loadRunnerScript, JSON.stringify(job)], {
    maxBuffer: 1024 * 1024,
    timeout: (job.seconds + 30) * 1000,
  });
  return JSON.parse(stdout.trim().split('\n').pop() as string) as LoadResult;
}
