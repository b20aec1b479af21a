// Calls to a worker thread that survive the worker: one that stops on its own is started again and its
// unanswered calls are sent again in order; a call that stops it twice is refused, a worker that keeps
// stopping is given up, and a closed one is never restarted. Real threads, running a tiny test worker.
import { Worker } from 'node:worker_threads';
import { afterEach, describe, expect, it } from 'vitest';
import {
  TimeLimitError,
  WorkerCalls,
  type WorkerCallsOptions,
} from '../../../../../src-main/catalog/workers/worker-calls';

/** echo answers; hold answers only from a worker started again (the first tells it holds); crash exits. */
const SCRIPT = `
const { parentPort, workerData } = require('node:worker_threads');
parentPort.on('message', (m) => {
  if (m.op !== 'late-start') parentPort.postMessage({ begun: m.id });
  const result = { value: m.value, generation: workerData.generation };
  const reply = () => parentPort.postMessage({ id: m.id, ok: true, result });
  if (m.op === 'echo') reply();
  else if (m.op === 'refuse') parentPort.postMessage({ id: m.id, ok: false, message: 'refused ' + m.value });
  else if (m.op === 'hold') workerData.generation === 0 ? parentPort.postMessage({ note: { held: m.value } }) : reply();
  else if (m.op === 'crash') process.exit(7);
  else if (m.op === 'throw') throw new Error('boom in the worker');
  else if (m.op === 'spin') for (;;) {}
  else if (m.op === 'late-start')
    setTimeout(() => { parentPort.postMessage({ begun: m.id }); setTimeout(reply, 300); }, 600);
});`;

interface Op {
  readonly op: 'echo' | 'refuse' | 'hold' | 'crash' | 'throw' | 'spin' | 'late-start';
  readonly value?: string;
}
interface Echo {
  readonly value: string;
  readonly generation: number;
}

let open: WorkerCalls<Op>[] = [];

afterEach(async () => {
  await Promise.all(open.map((calls) => calls.close()));
  open = [];
});

/** The calls, the workers they started, and what they told, in order. */
function startCalls(options: Partial<WorkerCallsOptions> = {}): {
  calls: WorkerCalls<Op>;
  workers: Worker[];
  told: string[];
  restarted: () => Promise<void>;
} {
  const workers: Worker[] = [];
  const told: string[] = [];
  let onRestart: (() => void) | null = null;
  const calls = new WorkerCalls<Op>(
    () => {
      const worker = new Worker(SCRIPT, { eval: true, workerData: { generation: workers.length } });
      workers.push(worker);
      return worker;
    },
    {
      name: 'test worker',
      ...options,
      onNote: (note) => told.push(`note ${JSON.stringify(note)}`),
      onRestart: (reason, resent) => {
        told.push(`restarted (${reason.message}), ${resent} sent again`);
        onRestart?.();
      },
      onGiveUp: (reason) => told.push(`gave up (${reason.message})`),
    },
  );
  open.push(calls);
  const restarted = (): Promise<void> => new Promise((resolve) => (onRestart = resolve));
  return { calls, workers, told, restarted };
}

describe('WorkerCalls', () => {
  it('answers each call with its reply, and passes on what the worker says of its own accord', async () => {
    const { calls, told } = startCalls();
    const held = calls.call({ op: 'hold', value: 'x' });
    await expect(calls.call<Echo>({ op: 'echo', value: 'a' })).resolves.toEqual({ value: 'a', generation: 0 });
    await expect(calls.call({ op: 'refuse', value: 'b' })).rejects.toThrow('refused b');
    expect(told).toEqual(['note {"held":"x"}']);
    expect(calls.busy).toBe(true);
    void held.catch(() => undefined);
  });

  it('starts a worker that stopped again, and sends it the calls left unanswered, in order', async () => {
    const { calls, workers, told, restarted } = startCalls();
    const first = calls.call<Echo>({ op: 'hold', value: 'first' });
    const second = calls.call<Echo>({ op: 'hold', value: 'second' });
    await expect(calls.call<Echo>({ op: 'echo', value: 'fence' })).resolves.toMatchObject({ generation: 0 });
    const restart = restarted();
    await workers[0]?.terminate();
    await restart;
    const answers = await Promise.all([first, second]);
    expect(answers).toEqual([
      { value: 'first', generation: 1 },
      { value: 'second', generation: 1 },
    ]);
    expect(told.at(-1)).toBe('restarted (the test worker stopped (exit code 1)), 2 sent again');
    await expect(calls.call<Echo>({ op: 'echo', value: 'after' })).resolves.toEqual({ value: 'after', generation: 1 });
  });

  it('says why the worker stopped when it threw', async () => {
    const { calls, told } = startCalls();
    await expect(calls.call({ op: 'throw' })).rejects.toThrow('boom in the worker');
    expect(told).toEqual([
      'restarted (boom in the worker), 1 sent again',
      'restarted (boom in the worker), 0 sent again',
    ]);
  });

  it('refuses a call that stops the worker twice, and goes on with the next', async () => {
    const { calls, told } = startCalls();
    await expect(calls.call({ op: 'crash' })).rejects.toThrow('the test worker stopped (exit code 7)');
    await expect(calls.call<Echo>({ op: 'echo', value: 'next' })).resolves.toEqual({ value: 'next', generation: 2 });
    expect(told).toEqual([
      'restarted (the test worker stopped (exit code 7)), 1 sent again',
      'restarted (the test worker stopped (exit code 7)), 0 sent again',
    ]);
    expect(calls.stopped).toBe(false);
  });

  it('gives up on a worker that keeps stopping, and refuses calls from then on', async () => {
    const { calls, told } = startCalls({ maxRestarts: 1 });
    await expect(calls.call({ op: 'crash' })).rejects.toThrow('exit code 7');
    expect(told).toEqual([
      'restarted (the test worker stopped (exit code 7)), 1 sent again',
      'gave up (the test worker stopped (exit code 7))',
    ]);
    expect(calls.stopped).toBe(true);
    await expect(calls.call({ op: 'echo', value: 'late' })).rejects.toThrow('stopped too often');
  });

  it('counts only the stops within its window', async () => {
    let now = 0;
    const { calls, workers, told, restarted } = startCalls({ maxRestarts: 1, windowMs: 1000, now: () => now });
    let restart = restarted();
    await workers[0]?.terminate();
    await restart;
    now = 5000;
    restart = restarted();
    await workers[1]?.terminate();
    await restart;
    expect(told).toHaveLength(2);
    await expect(calls.call<Echo>({ op: 'echo', value: 'ok' })).resolves.toEqual({ value: 'ok', generation: 2 });
  });

  it('never restarts a worker it closed, and refuses what it had not answered', async () => {
    const { calls, workers, told } = startCalls();
    const held = calls.call({ op: 'hold', value: 'held' });
    await calls.close('the store is closed');
    await expect(held).rejects.toThrow('the store is closed');
    await expect(calls.call({ op: 'echo', value: 'late' })).rejects.toThrow('the store is closed');
    expect(workers).toHaveLength(1);
    expect(told.filter((line) => line.startsWith('restarted'))).toEqual([]);
  });

  it('refuses a call over its time limit, starts the worker afresh, and answers the others there', async () => {
    const { calls, told } = startCalls({ maxRestarts: 1 });
    const held = calls.call<Echo>({ op: 'hold', value: 'held' });
    // Stopped on purpose, five times: never a crash to tell of, never given up on.
    for (let i = 0; i < 5; i++) {
      const refusal = calls.call({ op: 'spin' }, { timeLimitMs: 200 }).catch((error: unknown) => error);
      await expect(refusal).resolves.toBeInstanceOf(TimeLimitError);
      await expect(refusal).resolves.toMatchObject({
        limitMs: 200,
        message: 'the test worker did not answer within 200 ms',
      });
    }
    await expect(held).resolves.toMatchObject({ value: 'held' });
    await expect(calls.call<Echo>({ op: 'echo', value: 'after' })).resolves.toMatchObject({ generation: 5 });
    expect(told.filter((line) => !line.startsWith('note'))).toEqual([]);
    expect(calls.stopped).toBe(false);
  });

  it('counts a time limit from when the worker began the call: a slow start is not held against it', async () => {
    const { calls } = startCalls();
    // Begun 600 ms after it came (a thread loading its modules), answered 300 ms after that: within its 400 ms.
    await expect(calls.call<Echo>({ op: 'late-start', value: 'slow start' }, { timeLimitMs: 400 })).resolves.toEqual({
      value: 'slow start',
      generation: 0,
    });
  });

  it('refuses a call sent alone that stops the worker, once, and holds no stop against the worker', async () => {
    const { calls, told } = startCalls({ maxRestarts: 1 });
    for (let i = 0; i < 3; i++) {
      await expect(calls.call({ op: 'crash' }, { alone: true })).rejects.toThrow(
        'the test worker stopped (exit code 7)',
      );
    }
    await expect(calls.call<Echo>({ op: 'echo', value: 'next' })).resolves.toEqual({ value: 'next', generation: 3 });
    expect(told).toEqual([]);
    expect(calls.stopped).toBe(false);
  });
});
