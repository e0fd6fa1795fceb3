import { DEFAULT_API_URL } from '../../api/api-client';
import type { Command } from '../command';

/** The CLI's --help texts, built from the command table so they cannot drift from it. Pure functions. */

const PROGRAM = 'npm run client --';

const GLOBAL_OPTIONS = [
  `  --url <url>      the GraphQL endpoint (default: $KB_API_URL, else ${DEFAULT_API_URL})`,
  '  --lang en|id     language of labels (sent as Accept-Language; default: English)',
  '  --json           print the raw data instead of text',
  "  -h, --help       this help, or a command's help after its name",
];

export function formatHelp(commands: readonly Command[]): string[] {
  const width = Math.max(...commands.map((command) => command.name.length));
  return [
    'Who is responsible for what in the fight against human trafficking in East Nusa Tenggara, with the sources.',
    '',
    `Usage: ${PROGRAM} <command> [arguments] [options]`,
    '',
    'Commands:',
    ...commands.map((command) => `  ${command.name.padEnd(width)}  ${command.summary}`),
    '',
    'Options:',
    ...GLOBAL_OPTIONS,
    '',
    'Examples:',
    `  ${PROGRAM} responsibilities --step shelter --region kupang-city --as-of 2024-01-01`,
    `  ${PROGRAM} search "tapen bikomi"`,
    `  ${PROGRAM} coverage --region sumba-island --lang id`,
    '',
    "Exit codes: 0 done; 1 the request failed (the API's error code, or NETWORK_ERROR, is printed); 2 usage error.",
  ];
}

export function formatCommandHelp(command: Command): string[] {
  return [
    `Usage: ${PROGRAM} ${command.name} ${command.synopsis}`,
    '',
    command.summary,
    '',
    'Options:',
    ...GLOBAL_OPTIONS,
  ];
}
