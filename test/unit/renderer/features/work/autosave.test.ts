// Autosave: a burst of changes is written once, two seconds after the last; hiding or closing the page
// writes at once; writes never overlap; a failing disk is reported once, and its recovery once.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startAutosave, type AutosaveOptions } from '../../../../../src-renderer/src/features/work/autosave';

class Harness {
  changed: () => void = () => undefined;
  readonly saves: (() => void)[] = [];
  readonly failures: (() => void)[] = [];
  readonly events: string[] = [];
  hidden = false;
  readonly page = new EventTarget();
  readonly stop: () => void;

  constructor() {
    this.stop = startAutosave({
      watch: (listener) => {
        this.changed = listener;
        return () => (this.changed = () => undefined);
      },
      save: () =>
        new Promise<void>((resolve, reject) => {
          this.saves.push(resolve);
          this.failures.push(() => reject(new Error('the disk is full')));
        }),
      onFailing: (error) => this.events.push(`failing: ${(error as Error).message}`),
      onRecovered: () => this.events.push('recovered'),
      delayMs: 2000,
      page: this.page as unknown as AutosaveOptions['page'],
      isHidden: () => this.hidden,
    });
  }

  /** Settles the latest save and lets its follow-ups run. */
  async finish(ok = true): Promise<void> {
    (ok ? this.saves : this.failures).at(-1)?.();
    await vi.advanceTimersByTimeAsync(0);
  }
}

let h: Harness;
beforeEach(() => {
  vi.useFakeTimers();
  h = new Harness();
});
afterEach(() => {
  h.stop();
  vi.useRealTimers();
});

describe('startAutosave', () => {
  it('writes a burst of changes once, two seconds after the last', async () => {
    h.changed();
    await vi.advanceTimersByTimeAsync(1500);
    h.changed();
    await vi.advanceTimersByTimeAsync(1999);
    expect(h.saves).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(h.saves).toHaveLength(1);
  });

  it('writes at once when the page is hidden or closed, and not when nothing changed', async () => {
    h.page.dispatchEvent(new Event('pagehide'));
    expect(h.saves).toHaveLength(0);
    h.changed();
    h.hidden = true;
    h.page.dispatchEvent(new Event('visibilitychange'));
    expect(h.saves).toHaveLength(1);
    await h.finish();
    h.changed();
    h.page.dispatchEvent(new Event('pagehide'));
    expect(h.saves).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(5000);
    expect(h.saves).toHaveLength(2);
  });

  it('never runs two writes at once: a change during a write is written after it', async () => {
    h.changed();
    await vi.advanceTimersByTimeAsync(2000);
    h.changed();
    await vi.advanceTimersByTimeAsync(2000);
    expect(h.saves).toHaveLength(1);
    await h.finish();
    expect(h.saves).toHaveLength(2);
  });

  it('reports a failing disk once, tries again with the next change, and says when it works again', async () => {
    for (let i = 0; i < 2; i++) {
      h.changed();
      await vi.advanceTimersByTimeAsync(2000);
      await h.finish(false);
    }
    expect(h.events).toEqual(['failing: the disk is full']);
    h.changed();
    await vi.advanceTimersByTimeAsync(2000);
    await h.finish();
    expect(h.saves).toHaveLength(3);
    expect(h.events).toEqual(['failing: the disk is full', 'recovered']);
  });

  it('stops watching and listening when stopped', async () => {
    h.changed();
    h.stop();
    await vi.advanceTimersByTimeAsync(5000);
    h.page.dispatchEvent(new Event('pagehide'));
    h.changed();
    expect(h.saves).toHaveLength(0);
  });
});
