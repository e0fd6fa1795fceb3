import { ApiClient, ApiClientOptions, createApiClient } from '../api/api-client';
import { parseCliArgs, UsageError } from './cli-args';
import { ClientError } from '../api/client-error';
import { assertValidInput } from './command';
import { COMMANDS, findCommand } from './commands';
import { formatCommandHelp, formatHelp } from './format/help.format';

/** The command-line client: argv -> one operation -> text or JSON on stdout; errors on stderr with an exit code. */

export const EXIT = { OK: 0, API_ERROR: 1, USAGE: 2 } as const;

export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  env: NodeJS.ProcessEnv;
  createClient?: (options: ApiClientOptions) => ApiClient;
}

const processIo: CliIo = {
  stdout: (text) => process.stdout.write(`${text}\n`),
  stderr: (text) => process.stderr.write(`${text}\n`),
  env: process.env,
};

/** JSON without Apollo's __typename bookkeeping. */
export function toJson(data: unknown): string {
  return JSON.stringify(data, (key, value: unknown) => (key === '__typename' ? undefined : value), 2);
}

function usageError(io: CliIo, message: string): number {
  io.stderr(`${message}\nRun with --help for the commands and options.`);
  return EXIT.USAGE;
}

/** Runs one command line and returns the exit code: 0 done, 1 the API answered with an error, 2 usage error. */
export async function runCli(argv: readonly string[], io: CliIo = processIo): Promise<number> {
  let args;
  try {
    args = parseCliArgs(argv, io.env);
  } catch (error) {
    if (error instanceof UsageError) return usageError(io, error.message);
    throw error;
  }
  if (args.command === null) {
    (args.help ? io.stdout : io.stderr)(formatHelp(COMMANDS).join('\n'));
    return args.help ? EXIT.OK : EXIT.USAGE;
  }
  const command = findCommand(args.command);
  if (!command)
    return usageError(io, `unknown command "${args.command}"; one of: ${COMMANDS.map((c) => c.name).join(', ')}`);
  if (args.help) {
    io.stdout(formatCommandHelp(command).join('\n'));
    return EXIT.OK;
  }
  const input = {
    command: command.name,
    positionals: args.positionals,
    options: args.options,
    language: args.language ?? 'en',
  };
  try {
    assertValidInput(command, input);
  } catch (error) {
    if (error instanceof UsageError) return usageError(io, error.message);
    throw error;
  }
  const client = (io.createClient ?? createApiClient)({ url: args.url, language: args.language });
  try {
    const result = await command.run(client, input);
    io.stdout(args.json ? toJson(result.data) : result.lines.join('\n'));
    return EXIT.OK;
  } catch (error) {
    if (error instanceof UsageError) return usageError(io, error.message);
    if (error instanceof ClientError) {
      io.stderr(`error ${error.code}: ${error.message}`);
      return EXIT.API_ERROR;
    }
    throw error;
  } finally {
    client.stop();
  }
}

if (require.main === module) {
  runCli(process.argv.slice(2)).then(
    (code) => (process.exitCode = code),
    (error: unknown) => {
      console.error('unexpected error:', error);
      process.exitCode = EXIT.API_ERROR;
    },
  );
}
