import { parseArgs, ParseArgsConfig } from 'node:util';
import { DEFAULT_API_URL, Language } from '../api/api-client';

/** The command line -> typed arguments, with usage errors that say what was expected. Pure. */

/** The user typed something the CLI cannot run: exit code 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/** Options a command may take (global ones: --url, --lang, --json, --help). */
export const COMMAND_OPTIONS = [
  'step',
  'region',
  'as-of',
  'first',
  'after',
  'organization',
  'about',
  'parent',
  'pillar',
  'topic',
  'year',
] as const;
export type CommandOptionName = (typeof COMMAND_OPTIONS)[number];
export type CommandOptions = Partial<Record<CommandOptionName, string>>;

export interface CliArgs {
  /** Null when none was given. */
  command: string | null;
  positionals: string[];
  options: CommandOptions;
  url: string;
  language?: Language;
  json: boolean;
  help: boolean;
}

const LANGUAGES: readonly Language[] = ['en', 'id'];

const COMMAND_PARSE_OPTIONS = Object.fromEntries(COMMAND_OPTIONS.map((name) => [name, { type: 'string' }])) as Record<
  CommandOptionName,
  { type: 'string' }
>;

const PARSE_OPTIONS = {
  url: { type: 'string' },
  lang: { type: 'string' },
  json: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  ...COMMAND_PARSE_OPTIONS,
} as const satisfies NonNullable<ParseArgsConfig['options']>;

function toLanguage(value: string | undefined): Language | undefined {
  if (value === undefined) return undefined;
  const language = value.toLowerCase() as Language;
  if (!LANGUAGES.includes(language))
    throw new UsageError(`--lang must be one of ${LANGUAGES.join(', ')}; got "${value}"`);
  return language;
}

/** Parses argv (without node and the script). URL: --url, else KB_API_URL, else the local default. */
export function parseCliArgs(argv: readonly string[], env: NodeJS.ProcessEnv = {}): CliArgs {
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], options: PARSE_OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const { values, positionals } = parsed;
  const options: CommandOptions = {};
  for (const name of COMMAND_OPTIONS) {
    const value = values[name];
    if (typeof value === 'string') options[name] = value;
  }
  const [command = null, ...rest] = positionals;
  return {
    command,
    positionals: rest,
    options,
    url: values.url || env.KB_API_URL || DEFAULT_API_URL,
    language: toLanguage(values.lang),
    json: values.json === true,
    help: values.help === true,
  };
}

/** A whole number from 0 up, for --first. */
export function toCount(value: string | undefined, option: string): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value)) throw new UsageError(`--${option} must be a whole number; got "${value}"`);
  return Number(value);
}
