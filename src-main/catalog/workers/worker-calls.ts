// Calls to a worker thread as promises, shared by the catalog worker and its read worker: each request
// carries an id, each reply settles the promise with that id, and a worker that fails or stops rejects
// whatever is still waiting. answer() is the worker's side of it.
import type { MessagePort, Worker } from 'node:worker_threads';

export type WorkerReply =
  | { readonly id: number; readonly ok: true; readonly result: unknown }
  | { readonly id: number; readonly ok: false; readonly message: string };

export class WorkerCalls<Request extends object> {
  private readonly pending = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();
  private nextId = 1;
  private failure: Error | null = null;

  /** `name` says which worker in errors: "the catalog worker stopped (exit code 1)". */
  constructor(
    private readonly worker: Worker,
    private readonly name: string,
  ) {
    worker.on('message', (reply: WorkerReply) => {
      const waiting = this.pending.get(reply.id);
      if (!waiting) return;
      this.pending.delete(reply.id);
      if (reply.ok) waiting.resolve(reply.result);
      else waiting.reject(new Error(reply.message));
    });
    worker.on('error', (error) => this.fail(error));
    worker.on('exit', (code) => this.fail(new Error(`the ${name} stopped (exit code ${code})`)));
  }

  private fail(error: Error): void {
    this.failure ??= error;
    for (const waiting of this.pending.values()) waiting.reject(error);
    this.pending.clear();
  }

  /** Whether a call is under way. */
  get busy(): boolean {
    return this.pending.size > 0;
  }

  /** Whether the worker failed or was closed: calls are then refused. */
  get stopped(): boolean {
    return this.failure !== null;
  }

  call<T>(request: Request): Promise<T> {
    if (this.failure) return Promise.reject(this.failure);
    const id = this.nextId++;
    return new Promise<T>((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (value: unknown) => void, reject });
      // A worker thread's port, not a window: there is no target origin to give.
      // oxlint-disable-next-line unicorn/require-post-message-target-origin
      this.worker.postMessage({ id, ...request });
    });
  }

  /** Stops the worker; later calls are refused with `reason`. */
  async close(reason = `the ${this.name} is closed`): Promise<void> {
    this.failure ??= new Error(reason);
    await this.worker.terminate();
  }
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
