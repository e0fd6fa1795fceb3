import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { findRepoRoot } from '../seed/paths';

/** Environment -> typed configuration, with errors that say what was expected. */
export interface Config {
  port: number;
  host: string;
  /** Null: the embedded store (the default). */
  neo4j: Neo4jConfig | null;
  http: HttpConfig;
  /** The dataset folder the embedded store reads (KB_DATA_DIR); undefined: the curated seed/data. */
  dataDir?: string;
  /**
   * Where the embedded store keeps the validated snapshot of its dataset (KB_SNAPSHOT_DIR; default dist/dataset-snapshots);
   * null (KB_SNAPSHOT_DIR=off): none, the dataset is validated on every start.
   */
  snapshotDir: string | null;
  /** KB_RESPONSE_CACHE=off turns the response cache off (it is only ever on for the embedded store). */
  responseCache: boolean;
}

/** What the HTTP edge enforces; every number has a default that suits a small public server. */
export interface HttpConfig {
  maxRequestBytes: number;
  /** A request is answered QUERY_TIMEOUT (503) once it has run this long. */
  queryTimeoutMs: number;
  /** Answers larger than this are refused (QUERY_TOO_COMPLEX) instead of sent. */
  maxResponseBytes: number;
  /** GraphQL requests per client (IP address) per minute; 0 turns the limit off. */
  rateLimitPerMinute: number;
  /** How long a client may take to send its request, and how long an idle kept-alive connection stays open. */
  slowClientTimeoutMs: number;
  keepAliveTimeoutMs: number;
  /** On SIGTERM: how long requests in flight may take to finish before their connections are closed. */
  shutdownGraceMs: number;
  /** The built web app (client/web/dist), served at `/` when the folder exists. */
  webAppDir: string;
  /** Read the client address from X-Forwarded-For (set when a reverse proxy stands in front). */
  trustProxy: boolean;
  /** Apollo's Sandbox page at GET /graphql (it loads from Apollo's CDN): on outside production. */
  sandboxPage: boolean;
  /** The folder `npm run export` writes and /data/ serves (read once, at start-up). */
  exportDir: string;
}

export interface Neo4jConfig {
  uri: string;
  user?: string;
  password?: string;
  database?: string;
}

export class ConfigError extends Error {}

/** A whole number from an environment variable, or the default when unset; anything else stops start-up. */
function wholeNumber(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = /^\s*\d+\s*$/.test(raw) ? Number(raw) : NaN;
  if (!Number.isSafeInteger(value) || value < min || value > max) {
    throw new ConfigError(`${name} must be a whole number from ${min} to ${max}; got "${raw.slice(0, 40)}"`);
  }
  return value;
}

export const DEFAULT_HTTP_CONFIG: HttpConfig = {
  maxRequestBytes: 64 * 1024,
  queryTimeoutMs: 5_000,
  maxResponseBytes: 5 * 1024 * 1024,
  rateLimitPerMinute: 600,
  slowClientTimeoutMs: 10_000,
  keepAliveTimeoutMs: 5_000,
  shutdownGraceMs: 10_000,
  webAppDir: join(findRepoRoot(__dirname), 'client', 'web', 'dist'),
  trustProxy: false,
  sandboxPage: true,
  exportDir: join(findRepoRoot(__dirname), 'exports'),
};

export const DEFAULT_SNAPSHOT_DIR = join(findRepoRoot(__dirname), 'dist', 'dataset-snapshots');

const isOff = (value: string | undefined) => ['off', '0', 'false', 'no'].includes((value ?? '').trim().toLowerCase());

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const port = wholeNumber(env, 'PORT', 4000, 0, 65535);
  const uri = env.NEO4J_URI?.trim();
  if (env.NEO4J_URI !== undefined && env.NEO4J_URI !== '' && !uri) {
    throw new ConfigError('NEO4J_URI is blank: unset it for the embedded store, or give e.g. bolt://localhost:7687');
  }
  if (uri && !/^(bolt|neo4j)(\+s|\+ssc)?:\/\/[^\s/:]+/.test(uri)) {
    throw new ConfigError(
      `NEO4J_URI must start with bolt://, neo4j://, bolt+s:// or neo4j+s:// and name a host (e.g. bolt://localhost:7687); got "${uri.slice(0, 80)}"`,
    );
  }
  const dataDir = env.KB_DATA_DIR?.trim();
  if (dataDir && !existsSync(join(dataDir, 'places'))) {
    throw new ConfigError(
      `KB_DATA_DIR must be a dataset folder with one subfolder per kind of record (places/, organizations/, …, as in seed/data); got "${dataDir}"`,
    );
  }
  const defaults = DEFAULT_HTTP_CONFIG;
  return {
    port,
    dataDir: dataDir ? resolve(dataDir) : undefined,
    snapshotDir: isOff(env.KB_SNAPSHOT_DIR)
      ? null
      : env.KB_SNAPSHOT_DIR?.trim()
        ? resolve(env.KB_SNAPSHOT_DIR.trim())
        : DEFAULT_SNAPSHOT_DIR,
    responseCache: !isOff(env.KB_RESPONSE_CACHE),
    host: env.HOST?.trim() || '0.0.0.0',
    http: {
      ...defaults,
      queryTimeoutMs: wholeNumber(env, 'QUERY_TIMEOUT_MS', defaults.queryTimeoutMs, 100, 120_000),
      rateLimitPerMinute: wholeNumber(env, 'RATE_LIMIT_PER_MINUTE', defaults.rateLimitPerMinute, 0, 1_000_000),
      shutdownGraceMs: wholeNumber(env, 'SHUTDOWN_GRACE_MS', defaults.shutdownGraceMs, 0, 120_000),
      webAppDir: env.WEB_APP_DIR?.trim() || defaults.webAppDir,
      trustProxy: env.TRUST_PROXY === '1' || env.TRUST_PROXY === 'true',
      sandboxPage: env.NODE_ENV !== 'production',
      exportDir: env.EXPORT_DIR?.trim() ? resolve(env.EXPORT_DIR.trim()) : defaults.exportDir,
    },
    neo4j: uri
      ? {
          uri,
          user: env.NEO4J_USER || undefined,
          password: env.NEO4J_PASSWORD || undefined,
          database: env.NEO4J_DATABASE || undefined,
        }
      : null,
  };
}
