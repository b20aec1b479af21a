// Main -> renderer events: a typed sink, and the wiring from services to it shared by both transports.
import type { EventChannel, EventMap } from '../../src-preload/contract';
import type { LibraryService } from '../library/library-service';
import type { NoticeBoard } from '../services/notices';

export type EventSink = <E extends EventChannel>(channel: E, payload: EventMap[E]) => void;

/** Forwards library changes to the page; returns a function that stops forwarding. */
export function forwardLibraryEvents(library: LibraryService, send: EventSink): () => void {
  const offChanged = library.onChanged((delta) => send('library:changed', delta));
  const offReset = library.onReset((snapshot) => send('library:reset', snapshot));
  const offProgress = library.onProgress((progress) => send('library:progress', progress));
  const offProblem = library.onProblem((problem) => send('library:problem', problem));
  return () => {
    offChanged();
    offReset();
    offProgress();
    offProblem();
  };
}

/** Tells the page each notice as it is posted; the page then takes the waiting ones (services/notices.ts). */
export function forwardNotices(notices: Pick<NoticeBoard, 'onPosted'>, send: EventSink): () => void {
  return notices.onPosted((notice) => send('app:notice', notice));
}
