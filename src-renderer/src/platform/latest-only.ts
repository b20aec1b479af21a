// One request to main in flight at a time, the latest wins: asking again while one runs marks it stale,
// and one more runs when it returns (after a pause, if asked for). A burst of library changes (a first
// read of 100,000 files) then costs main one request at a time, and no answer is older than one shown.

export interface LatestOnly {
  /** Asks for a fresh answer: now, or as soon as the one in flight returns. */
  request(): void;
  /** Drops what is in flight and what is pending (the page is leaving, or the library changed). */
  cancel(): void;
}

export interface LatestOnlyOptions<T> {
  readonly deliver: (value: T) => void;
  readonly fail?: (error: unknown) => void;
  /** Time between one answer and the next request, so a steady stream of changes is sampled. */
  readonly spacingMs?: number;
}

export function latestOnly<T>(ask: () => Promise<T>, options: LatestOnlyOptions<T>): LatestOnly {
  const { deliver, fail, spacingMs = 0 } = options;
  let running = false;
  let again = false;
  let generation = 0;
  let pause: ReturnType<typeof setTimeout> | null = null;
  const run = (): void => {
    running = true;
    again = false;
    const mine = generation;
    const settle = (): void => {
      if (mine !== generation) return;
      if (!again) running = false;
      else if (spacingMs > 0) pause = setTimeout(run, spacingMs);
      else run();
    };
    ask().then(
      (value) => {
        // Shown even when another request is pending: it is newer than anything shown, and a steady stream
        // of changes must not keep every answer from the screen.
        if (mine === generation) deliver(value);
        settle();
      },
      (error: unknown) => {
        if (mine === generation && !again) fail?.(error);
        settle();
      },
    );
  };
  return {
    request: () => {
      if (running) again = true;
      else run();
    },
    cancel: () => {
      generation++;
      if (pause) clearTimeout(pause);
      pause = null;
      running = false;
      again = false;
    },
  };
}
