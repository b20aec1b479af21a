// Writes the work to a snapshot a short while after the last change (so a burst of edits is one write),
// and at once when the page is hidden or closed, so quitting loses nothing. One write at a time; a failed
// write is reported once, and tried again with the next change.

export interface AutosaveOptions {
  /** Subscribes to changes of the work; returns the unsubscribe. */
  readonly watch: (changed: () => void) => () => void;
  /** Builds the document and sends it to main. */
  readonly save: () => Promise<void>;
  /** The first failure after a success (a full disk): tell the analyst. */
  readonly onFailing: (error: unknown) => void;
  /** A save worked again after failing. */
  readonly onRecovered: () => void;
  readonly delayMs: number;
  /** Where pagehide and visibilitychange arrive (the window and the document). */
  readonly page: Pick<Window, 'addEventListener' | 'removeEventListener'>;
  readonly isHidden: () => boolean;
}

export const AUTOSAVE_DELAY_MS = 2000;

export function startAutosave(options: AutosaveOptions): () => void {
  let dirty = false;
  let saving = false;
  let again = false;
  let failing = false;
  let timer: ReturnType<typeof setTimeout> | null = null;

  const flush = (): void => {
    if (timer) clearTimeout(timer);
    timer = null;
    if (saving) {
      again ||= dirty;
      return;
    }
    if (!dirty) return;
    dirty = false;
    saving = true;
    options
      .save()
      .then(
        () => {
          if (failing) options.onRecovered();
          failing = false;
        },
        (error: unknown) => {
          if (!failing) options.onFailing(error);
          failing = true;
        },
      )
      .finally(() => {
        saving = false;
        if (again) {
          again = false;
          dirty = true;
          flush();
        }
      });
  };
  const changed = (): void => {
    dirty = true;
    if (timer) clearTimeout(timer);
    timer = setTimeout(flush, options.delayMs);
  };
  const leaving = (): void => {
    if (options.isHidden()) flush();
  };
  const unwatch = options.watch(changed);
  options.page.addEventListener('pagehide', flush);
  options.page.addEventListener('visibilitychange', leaving);
  return () => {
    unwatch();
    if (timer) clearTimeout(timer);
    options.page.removeEventListener('pagehide', flush);
    options.page.removeEventListener('visibilitychange', leaving);
  };
}
