import type { ApiClient, Language } from '../api/api-client';
import { CommandOptionName, CommandOptions, toCount, UsageError } from './cli-args';
import type { Pillar } from '../api/operations';

/** What a CLI command is, and the checks its input passes before any request is sent. */

export interface CommandInput {
  /** The command's name, for messages. */
  command: string;
  positionals: string[];
  options: CommandOptions;
  language: Language;
}

export interface CommandResult {
  /** The operation's data, printed with --json. */
  data: unknown;
  /** The readable text. */
  lines: string[];
}

export interface Command {
  name: string;
  /** Arguments after the name, for the usage line. */
  synopsis: string;
  summary: string;
  /** The options it accepts; any other is a usage error. */
  options: readonly CommandOptionName[];
  /** The options it cannot do without. */
  required?: readonly CommandOptionName[];
  /** How many positional arguments it takes (search joins all of its words into one). */
  positionals: 0 | 1 | 'words';
  run(client: ApiClient, input: CommandInput): Promise<CommandResult>;
}

const PILLARS: readonly Pillar[] = ['PREVENTION', 'PROTECTION', 'PROSECUTION', 'PARTNERSHIP'];

export function requireOption(input: CommandInput, name: CommandOptionName): string {
  const value = input.options[name];
  if (!value) throw new UsageError(`${input.command} needs --${name} <id>`);
  return value;
}

export function toPillar(value: string | undefined): Pillar | undefined {
  if (value === undefined) return undefined;
  const pillar = value.toUpperCase() as Pillar;
  if (!PILLARS.includes(pillar)) {
    throw new UsageError(`--pillar must be one of ${PILLARS.join(', ').toLowerCase()}; got "${value}"`);
  }
  return pillar;
}

/** --first and --after as page variables. */
export const toPage = (options: CommandOptions) => ({ first: toCount(options.first, 'first'), after: options.after });

/** Refuses, before any request, options the command does not take, malformed values, wrong argument counts. */
export function assertValidInput(command: Command, input: CommandInput): void {
  const unexpected = Object.keys(input.options).filter((name) => !command.options.includes(name as CommandOptionName));
  if (unexpected.length > 0) throw new UsageError(`${command.name} does not take --${unexpected.join(', --')}`);
  for (const name of command.required ?? []) requireOption(input, name);
  const count = input.positionals.length;
  if (command.positionals === 0 && count > 0)
    throw new UsageError(`${command.name} takes no argument; got "${input.positionals.join(' ')}"`);
  if (command.positionals === 1 && count !== 1)
    throw new UsageError(`${command.name} takes exactly one argument: ${command.synopsis}`);
  if (command.positionals === 'words' && count === 0) throw new UsageError(`${command.name} needs ${command.synopsis}`);
  toCount(input.options.first, 'first');
  toPillar(input.options.pillar);
  toCount(input.options.year, 'year');
}
