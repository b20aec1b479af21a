// Calls to a worker thread as promises, shared by the catalog worker and its read worker: each request
// carries an id, each reply settles the promise with that id. A worker that stops on its own (a crash, an
// out-of-memory exit) is started again and the calls it had not answered are sent again, in order, so no
// write queued or in flight is lost; a call in flight through two stops, or a worker that keeps stopping,
// is refused instead. A call may be sent alone (the worker stopping under it is its fault: it is refused, not
// sent again, and the restart is not held against the worker) and with a time limit (past it the worker is
// stopped and started again, and the call refused). answer() and tell() are the worker's side of it.
import type { MessagePort, Worker } from 'node:worker_threads';

export type WorkerReply =
  | { readonly id: number; readonly ok: true; readonly result: unknown }
  | { readonly id: number; readonly ok: false; readonly message: string };

/** A message the worker sends of its own accord, not a reply: handed to onNote. */
export interface WorkerNote {
  readonly note: unknown;
}

/** The worker has begun call `begun` (began()): its time limit counts from now, not from a thread's start. */
export interface WorkerBegun {
  readonly begun: number;
}

export interface WorkerCallsOptions {
  /** Names the worker in errors: "the catalog worker stopped (exit code 1)". */
  readonly name: string;
  /** Restarts allowed within `windowMs` (default 3 in 60 s); a worker that stops once more stays stopped. */
  readonly maxRestarts?: number;
  readonly windowMs?: number;
  readonly now?: () => number;
  /** Told after each restart: why the worker stopped, and how many unanswered calls were sent again. */
  readonly onRestart?: (reason: Error, resent: number) => void;
  /** Told once the worker has stopped too often to be started again: calls are refused from then on. */
  readonly onGiveUp?: (reason: Error) => void;
  readonly onNote?: (note: unknown) => void;
}

/** How a call is made (see the module's comment). */
export interface CallOptions {
  /** The worker stopping while it reads this call is this call's doing: refused with the reason, not resent. */
  readonly alone?: boolean;
  /**
   * Unanswered this long after the worker began it (began(); or START_ALLOWANCE_MS more after it was sent,
   * for a worker that never says), the call is refused with a TimeLimitError and the worker started afresh.
   */
  readonly timeLimitMs?: number;
}

/** A call refused because the worker did not answer it within its time limit. */
export class TimeLimitError extends Error {
  constructor(
    readonly limitMs: number,
    name: string,
  ) {
    super(`the ${name} did not answer within ${limitMs} ms`);
    this.name = 'TimeLimitError';
  }
}

/** Whether a worker stopped because it ran out of the memory it is allowed. */
export function isOutOfMemory(error: unknown): boolean {
  return error instanceof Error && (error as NodeJS.ErrnoException).code === 'ERR_WORKER_OUT_OF_MEMORY';
}

interface PendingCall {
  readonly request: object;
  readonly resolve: (value: unknown) => void;
  readonly reject: (error: Error) => void;
  readonly options: CallOptions;
  sends: number;
  timer?: NodeJS.Timeout;
}

/**
 * A call with a time limit may take this much longer to be begun (began()): a worker started afresh loads its
 * modules first, which on a loaded machine takes seconds that are no file's fault.
 */
export const START_ALLOWANCE_MS = 30_000;

/** A call is sent at most this often: once, and once more after a stop. A second stop refuses it. */
const MAX_SENDS = 2;

export class WorkerCalls<Request extends object> {
  private readonly pending = new Map<number, PendingCall>();
  private nextId = 1;
  private failure: Error | null = null;
  private worker: Worker;
  private lastError: Error | null = null;
  private restarts: number[] = [];
  /** A worker this side stopped on purpose (a call over its time limit): its exit is no crash. */
  private stopping: Worker | null = null;

  /** `start` makes the worker, now and again after each stop. */
  constructor(
    private readonly start: () => Worker,
    private readonly options: WorkerCallsOptions,
  ) {
    this.worker = this.launch();
  }

  /** Whether a call is under way. */
  get busy(): boolean {
    return this.pending.size > 0;
  }

  /** Whether the worker was closed or gave up: calls are then refused. */
  get stopped(): boolean {
    return this.failure !== null;
  }

  call<T>(request: Request, options: CallOptions = {}): Promise<T> {
    if (this.failure) return Promise.reject(this.failure);
    const id = this.nextId++;
    return new Promise<T>((resolve, reject) => {
      const call: PendingCall = { request, resolve: resolve as (value: unknown) => void, reject, options, sends: 0 };
      this.pending.set(id, call);
      this.send(id, call);
    });
  }

  /** Stops the worker for good; calls unanswered and later ones are refused with `reason`. */
  async close(reason = `the ${this.options.name} is closed`): Promise<void> {
    this.failure ??= new Error(reason);
    await this.worker.terminate();
    this.refuseAll(this.failure);
  }

  private launch(): Worker {
    const worker = this.start();
    worker.on('message', (message: WorkerReply | WorkerNote | WorkerBegun) => {
      if ('note' in message) this.options.onNote?.(message.note);
      else if ('begun' in message) this.begun(message.begun);
      else this.settle(message);
    });
    worker.on('error', (error) => {
      this.lastError = error;
    });
    worker.on('exit', (code) => this.exited(worker, code));
    return worker;
  }

  private send(id: number, call: PendingCall): void {
    call.sends++;
    const limit = call.options.timeLimitMs;
    if (limit !== undefined) {
      clearTimeout(call.timer);
      call.timer = setTimeout(() => this.overTime(id, limit), limit + START_ALLOWANCE_MS);
    }
    // A worker thread's port, not a window: there is no target origin to give.
    // oxlint-disable-next-line unicorn/require-post-message-target-origin
    this.worker.postMessage({ id, ...call.request });
  }

  private settle(reply: WorkerReply): void {
    const waiting = this.take(reply.id);
    if (!waiting) return;
    if (reply.ok) waiting.resolve(reply.result);
    else waiting.reject(new Error(reply.message));
  }

  /** A call the worker has begun: its time limit starts again from now (a new thread's start is not its time). */
  private begun(id: number): void {
    const call = this.pending.get(id);
    const limit = call?.options.timeLimitMs;
    if (call === undefined || limit === undefined) return;
    clearTimeout(call.timer);
    call.timer = setTimeout(() => this.overTime(id, limit), limit);
  }

  /** Removes a call from those waiting, its timer stopped. */
  private take(id: number): PendingCall | undefined {
    const call = this.pending.get(id);
    if (!call) return undefined;
    this.pending.delete(id);
    clearTimeout(call.timer);
    return call;
  }

  /** A call past its time limit: refused, and its worker stopped (the others' calls go to the next one). */
  private overTime(id: number, limitMs: number): void {
    const call = this.take(id);
    if (!call || this.failure) return;
    call.reject(new TimeLimitError(limitMs, this.options.name));
    this.stopping = this.worker;
    void this.worker.terminate();
  }

  private exited(worker: Worker, code: number): void {
    if (worker !== this.worker) return;
    if (this.failure) {
      this.refuseAll(this.failure);
      return;
    }
    if (worker === this.stopping) {
      // Stopped on purpose: the calls it held were not to blame, and go to a new worker as if never sent.
      this.stopping = null;
      this.lastError = null;
      this.worker = this.launch();
      for (const [callId, call] of this.pending) {
        call.sends--;
        this.send(callId, call);
      }
      return;
    }
    const reason = this.lastError ?? new Error(`the ${this.options.name} stopped (exit code ${code})`);
    this.lastError = null;
    // A call sent alone that was under way is what stopped the worker: refused, and no stop of the worker's.
    const culprits = [...this.pending].filter(([, call]) => call.options.alone === true);
    for (const [callId] of culprits) this.take(callId)?.reject(reason);
    if (culprits.length === 0 && !this.mayRestart()) {
      this.failure = new Error(`${reason.message}; it stopped too often and was not started again`);
      this.refuseAll(this.failure);
      this.options.onGiveUp?.(reason);
      return;
    }
    this.worker = this.launch();
    let resent = 0;
    // A Map keeps the order calls were made in: they reach the new worker in that order.
    for (const [id, call] of this.pending) {
      if (call.sends >= MAX_SENDS) {
        this.take(id);
        call.reject(reason);
      } else {
        this.send(id, call);
        resent++;
      }
    }
    // A call that stopped the worker is refused with the reason, which says it: no restart to tell of.
    if (culprits.length === 0) this.options.onRestart?.(reason, resent);
  }

  private mayRestart(): boolean {
    const now = this.options.now?.() ?? Date.now();
    const windowMs = this.options.windowMs ?? 60_000;
    this.restarts = this.restarts.filter((at) => now - at < windowMs);
    if (this.restarts.length >= (this.options.maxRestarts ?? 3)) return false;
    this.restarts.push(now);
    return true;
  }

  private refuseAll(error: Error): void {
    for (const waiting of this.pending.values()) {
      clearTimeout(waiting.timer);
      waiting.reject(error);
    }
    this.pending.clear();
  }
}

/** In the worker: says it begins request `id` now (a call's time limit counts from here). */
export function began(port: MessagePort, id: number): void {
  port.postMessage({ begun: id } satisfies WorkerBegun);
}

/** In the worker: replies to request `id` once `work` settles, with its result or its error's message. */
export function answer(port: MessagePort, id: number, work: Promise<unknown>): void {
  work.then(
    (result) => port.postMessage({ id, ok: true, result } satisfies WorkerReply),
    (error: unknown) =>
      port.postMessage({
        id,
        ok: false,
        message: error instanceof Error ? error.message : String(error),
      } satisfies WorkerReply),
  );
}

/** In the worker: tells whoever started it something it did not ask for (a catalog set aside). */
export function tell(port: MessagePort, note: unknown): void {
  port.postMessage({ note } satisfies WorkerNote);
}
