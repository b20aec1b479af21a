// A stand-in for main in the page's unit tests: every call is kept with its arguments and stays pending
// until the test answers it, so a test decides the order in which answers arrive (no timers, no sleeps).

export interface PendingCall<A extends unknown[], R> {
  readonly args: A;
  answer(value: R): Promise<void>;
  fail(error: unknown): Promise<void>;
}

export class PendingCalls<A extends unknown[], R> {
  readonly calls: PendingCall<A, R>[] = [];

  /** The function to hand to the code under test. */
  readonly fn = (...args: A): Promise<R> =>
    new Promise<R>((resolve, reject) => {
      this.calls.push({
        args,
        answer: async (value) => {
          resolve(value);
          await settled();
        },
        fail: async (error) => {
          reject(error);
          await settled();
        },
      });
    });

  /** The call at this index (in the order made); a test that expects one fails loudly if it is missing. */
  at(index: number): PendingCall<A, R> {
    const call = this.calls[index];
    if (!call) throw new Error(`call ${index} was never made (${this.calls.length} made)`);
    return call;
  }

  get count(): number {
    return this.calls.length;
  }
}

/** Lets the promise callbacks that an answer triggered run. */
export async function settled(): Promise<void> {
  for (let i = 0; i < 5; i++) await Promise.resolve();
}
