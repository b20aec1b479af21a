// Quitting while a snapshot is being written waits for the write, then quits; with nothing being written,
// or a write that never ends, it does not hold the analyst up for long.
import { describe, expect, it } from 'vitest';
import { holdQuitForSnapshots, type QuitEvent, type QuittingApp } from '../../../../src-main/snapshots/quit-hold';
import { FakeEmitter, FakeEvent } from '../../../support/fake-electron';
import { Gate } from '../../../support/gate';

class FakeApp implements QuittingApp {
  private readonly emitter = new FakeEmitter();
  quits = 0;
  readonly quitting = new Gate();
  on(event: 'will-quit', listener: (event: QuitEvent) => void): this {
    this.emitter.on(event, (e) => listener(e as QuitEvent));
    return this;
  }
  emit(event: 'will-quit', payload: FakeEvent): void {
    this.emitter.emit(event, payload);
  }
  quit(): void {
    this.quits++;
    this.quitting.release();
  }
}

describe('holdQuitForSnapshots', () => {
  it('lets the app quit at once when no snapshot is being written', () => {
    const app = new FakeApp();
    holdQuitForSnapshots(app, { busy: false, whenIdle: () => Promise.resolve() });
    const event = new FakeEvent();
    app.emit('will-quit', event);
    expect(event.defaultPrevented).toBe(false);
  });

  it('holds the quit until the write is done, then quits', async () => {
    const app = new FakeApp();
    const written = new Gate();
    holdQuitForSnapshots(app, { busy: true, whenIdle: () => written.opened });
    const event = new FakeEvent();
    app.emit('will-quit', event);
    expect(event.defaultPrevented).toBe(true);
    expect(app.quits).toBe(0);
    written.release();
    await app.quitting.opened;
    expect(app.quits).toBe(1);
  });

  it('quits anyway when the write does not end within the limit', async () => {
    const app = new FakeApp();
    holdQuitForSnapshots(app, { busy: true, whenIdle: () => new Promise(() => undefined) }, 5);
    app.emit('will-quit', new FakeEvent());
    await app.quitting.opened;
    expect(app.quits).toBe(1);
  });
});
