// Quitting waits for a snapshot being written (the page sends its last changes as its window closes), so
// the work reaches the disk; a write that hangs (a drive gone) holds the quit for a bounded time only.

export interface QuitEvent {
  preventDefault(): void;
}

export interface QuittingApp {
  on(event: 'will-quit', listener: (event: QuitEvent) => void): unknown;
  quit(): void;
}

export interface PendingWrites {
  readonly busy: boolean;
  whenIdle(): Promise<void>;
}

export function holdQuitForSnapshots(app: QuittingApp, writes: PendingWrites, limitMs = 10_000): void {
  let holding = false;
  app.on('will-quit', (event) => {
    if (!writes.busy || holding) return;
    holding = true;
    event.preventDefault();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const limit = new Promise<void>((resolve) => (timer = setTimeout(resolve, limitMs)));
    void Promise.race([writes.whenIdle(), limit]).then(() => {
      clearTimeout(timer);
      app.quit();
    });
  });
}
