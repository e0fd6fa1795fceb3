/** What the seed scripts (`npm run seed`, `npm run export`) share: where their lines go and how they end. */

/** A line for the person running the script, on stdout. */
export const print = (line: string) => process.stdout.write(`${line}\n`);

/** A line saying what went wrong, on stderr, so that stdout stays the script's output. */
export const fail = (line: string) => process.stderr.write(`${line}\n`);

/**
 * Runs a script's `main` and exits with the code it returns. A failure `main` did not handle prints its message
 * (never a stack trace) and exits 1.
 */
export function runScript(main: () => Promise<number>): void {
  main().then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      fail(error instanceof Error ? error.message : String(error));
      process.exitCode = 1;
    },
  );
}
