/** Environment -> typed configuration, with errors that say what was expected. */
export interface Config {
  port: number;
  host: string;
  /** Null: the embedded store (the default). */
  neo4j: Neo4jConfig | null;
  maxRequestBytes: number;
}

export interface Neo4jConfig {
  uri: string;
  user?: string;
  password?: string;
  database?: string;
}

export class ConfigError extends Error {}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const port = env.PORT === undefined || env.PORT === '' ? 4000 : Number(env.PORT);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new ConfigError(`PORT must be a whole number from 0 to 65535; got "${env.PORT}"`);
  }
  const uri = env.NEO4J_URI?.trim();
  if (uri && !/^(bolt|neo4j)(\+s|\+ssc)?:\/\/.+/.test(uri)) {
    throw new ConfigError(
      `NEO4J_URI must start with bolt://, neo4j://, bolt+s:// or neo4j+s:// (e.g. bolt://localhost:7687); got "${uri}"`,
    );
  }
  return {
    port,
    host: env.HOST ?? '0.0.0.0',
    maxRequestBytes: 64 * 1024,
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
