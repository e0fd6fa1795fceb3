import { withDeadline } from '../../../server/knowledge/deadline';
import { ERROR_CODES, StoreUnavailableError } from '../../../server/knowledge/errors';

describe('withDeadline', () => {
  it("gives the work's answer when it comes in time", async () => {
    await expect(withDeadline(Promise.resolve(42), 1_000)).resolves.toBe(42);
  });

  it("passes on the work's own failure when it comes in time", async () => {
    await expect(withDeadline(Promise.reject(new Error('broken')), 1_000)).rejects.toThrow('broken');
  });

  it('answers STORE_UNAVAILABLE, naming the deadline, when the work takes longer', async () => {
    const never = new Promise<never>(() => undefined);
    const error = await withDeadline(never, 20).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StoreUnavailableError);
    expect(error).toMatchObject({
      code: ERROR_CODES.STORE_UNAVAILABLE,
      message: 'the knowledge store did not answer within 20 ms; try again shortly',
    });
  });

  it('swallows a failure that comes after the deadline has answered', async () => {
    let fail: (e: Error) => void = () => undefined;
    const late = new Promise<never>((_, reject) => (fail = reject));
    await expect(withDeadline(late, 10)).rejects.toBeInstanceOf(StoreUnavailableError);
    const unhandled: unknown[] = [];
    const record = (reason: unknown) => unhandled.push(reason);
    process.on('unhandledRejection', record);
    fail(new Error('too late'));
    await new Promise((resolve) => setTimeout(resolve, 20));
    process.off('unhandledRejection', record);
    expect(unhandled).toEqual([]);
  });

  it('clears its timer once the work has answered', async () => {
    jest.useFakeTimers();
    try {
      await withDeadline(Promise.resolve('done'), 60_000);
      expect(jest.getTimerCount()).toBe(0);
    } finally {
      jest.useRealTimers();
    }
  });
});
