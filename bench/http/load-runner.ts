/**
 * The load generator, in a process of its own so that its CPU is not the server's: runs autocannon with the job
 * given as JSON in argv[2] and prints the figures as one JSON line.
 */
import autocannon from 'autocannon';

export interface LoadJob {
  url: string;
  /** Request bodies, cycled through by every connection (empty: GET requests). */
  bodies: string[];
  connections: number;
  seconds: number;
}

export interface LoadResult {
  rps: number;
  p50Ms: number;
  p99Ms: number;
  requests: number;
  non2xx: number;
  errors: number;
  bytesPerRequest: number;
}

async function run(job: LoadJob): Promise<LoadResult> {
  const requests =
    job.bodies.length === 0
      ? [{ method: 'GET' as const }]
      : job.bodies.map((body) => ({
          method: 'POST' as const,
          headers: { 'content-type': 'application/json' },
          body,
        }));
  const result = await autocannon({
    url: job.url,
    connections: job.connections,
    duration: job.seconds,
    requests,
  });
  const requestsDone = result.requests.total;
  return {
    rps: Math.round(requestsDone / job.seconds),
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    requests: requestsDone,
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
    bytesPerRequest: requestsDone > 0 ? Math.round(result.throughput.total / requestsDone) : 0,
  };
}

if (require.main === module) {
  run(JSON.parse(process.argv[2]) as LoadJob).then(
    (result) => console.log(JSON.stringify(result)),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
