// Runs work over a list in steps with two steps in flight, so a worker reads the next step while it
// writes this one; results are taken in order, and no step starts once `keepGoing` says stop.
export interface StepOptions<T, R> {
  /** The size of each next step (it may grow as the run goes on). */
  readonly size: () => number;
  readonly keepGoing: () => boolean;
  readonly start: (chunk: readonly T[]) => Promise<R>;
  readonly finish: (chunk: readonly T[], result: R) => void;
}

const IN_FLIGHT = 2;

export async function inSteps<T, R>(items: readonly T[], options: StepOptions<T, R>): Promise<void> {
  const inFlight: { readonly chunk: readonly T[]; readonly result: Promise<R> }[] = [];
  const takeOne = async (): Promise<void> => {
    const { chunk, result } = inFlight.shift() as (typeof inFlight)[number];
    options.finish(chunk, await result);
  };
  try {
    for (let i = 0; i < items.length && options.keepGoing();) {
      const chunk = items.slice(i, i + options.size());
      i += chunk.length;
      inFlight.push({ chunk, result: options.start(chunk) });
      if (inFlight.length >= IN_FLIGHT) await takeOne();
    }
    while (inFlight.length > 0) await takeOne();
  } finally {
    // After a failed step, the steps still in flight settle before the caller moves on.
    await Promise.allSettled(inFlight.map((job) => job.result));
  }
}
