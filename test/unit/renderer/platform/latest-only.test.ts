// One request in flight, the latest wins: what main is asked, and what the page is given, as answers come.
import { describe, expect, it, vi } from 'vitest';
import { latestOnly } from '../../../../src-renderer/src/platform/latest-only';
import { PendingCalls, settled } from '../pending-calls';

function setup(spacingMs = 0) {
  const main = new PendingCalls<[], number>();
  const delivered: number[] = [];
  const failed: unknown[] = [];
  const asking = latestOnly(main.fn, {
    deliver: (value) => delivered.push(value),
    fail: (error) => failed.push(error),
    spacingMs,
  });
  return { main, delivered, failed, asking };
}

describe('latestOnly', () => {
  it('asks once for any number of requests made while one is in flight, then once more', async () => {
    const { main, delivered, asking } = setup();
    asking.request();
    asking.request();
    asking.request();
    expect(main.count).toBe(1);
    await main.at(0).answer(1);
    expect(main.count).toBe(2);
    await main.at(1).answer(2);
    expect(main.count).toBe(2);
    expect(delivered).toEqual([1, 2]);
  });

  it('asks again only when asked again', async () => {
    const { main, asking } = setup();
    asking.request();
    await main.at(0).answer(1);
    expect(main.count).toBe(1);
    asking.request();
    expect(main.count).toBe(2);
  });

  it('gives nothing once cancelled, and a request after that starts afresh', async () => {
    const { main, delivered, asking } = setup();
    asking.request();
    asking.request();
    asking.cancel();
    await main.at(0).answer(1);
    expect(delivered).toEqual([]);
    expect(main.count).toBe(1);
    asking.request();
    await main.at(1).answer(2);
    expect(delivered).toEqual([2]);
  });

  it('reports a failure, unless a newer request is already waiting (that one answers instead)', async () => {
    const { main, failed, delivered, asking } = setup();
    asking.request();
    await main.at(0).fail(new Error('no library'));
    expect(failed).toHaveLength(1);
    asking.request();
    asking.request();
    await main.at(1).fail(new Error('switching'));
    expect(failed).toHaveLength(1);
    await main.at(2).answer(3);
    expect(delivered).toEqual([3]);
  });

  it('waits the spacing between an answer and the next request', async () => {
    vi.useFakeTimers();
    try {
      const { main, asking } = setup(1000);
      asking.request();
      asking.request();
      await main.at(0).answer(1);
      expect(main.count).toBe(1);
      await vi.advanceTimersByTimeAsync(999);
      expect(main.count).toBe(1);
      await vi.advanceTimersByTimeAsync(1);
      expect(main.count).toBe(2);
    } finally {
      vi.useRealTimers();
    }
    await settled();
  });
});
