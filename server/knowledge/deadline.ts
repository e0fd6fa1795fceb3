import { StoreUnavailableError } from './errors';

/**
 * The work's answer, or StoreUnavailableError once `ms` have passed, whatever the work is still waiting for. A late
 * failure after the deadline has already been answered, so it is swallowed.
 */
export async function withDeadline<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new StoreUnavailableError(`the knowledge store did not answer within ${ms} ms; try again shortly`)),
      ms,
    );
  });
  work.catch(() => undefined);
  try {
    return await Promise.race([work, deadline]);
  } finally {
    clearTimeout(timer);
  }
}
