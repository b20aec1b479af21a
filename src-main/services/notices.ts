// What main has to tell the analyst outside any request (a catalog rebuilt, a worker restarted, the page
// reloaded after a crash, an error nothing else reported). Notices wait here until the page takes them, so
// one posted before the page loaded, or while it reloads, is still shown, and each is shown once.
import type { AppNotice } from '../../src-preload/contract';
import { Emitter, type Listener } from './emitter';

export type NoticeInit = Omit<AppNotice, 'id'>;

/** Notices kept while none is taken: the newest, so a storm of them cannot grow without bound. */
const MAX_WAITING = 20;

export class NoticeBoard {
  private waiting: AppNotice[] = [];
  private nextId = 1;
  private readonly posted = new Emitter<AppNotice>();

  /** Posts a notice; one the same as a notice still waiting is not posted twice. */
  post(init: NoticeInit): AppNotice {
    const same = this.waiting.find((notice) => sameNotice(notice, init));
    if (same) return same;
    const notice: AppNotice = { id: this.nextId++, ...init };
    this.waiting = [...this.waiting, notice].slice(-MAX_WAITING);
    this.posted.emit(notice);
    return notice;
  }

  /** Hands out the waiting notices, oldest first; each is handed out once. */
  take(): AppNotice[] {
    const taken = this.waiting;
    this.waiting = [];
    return taken;
  }

  onPosted = (listener: Listener<AppNotice>): (() => void) => this.posted.on(listener);
}

function sameNotice(a: NoticeInit, b: NoticeInit): boolean {
  return a.kind === b.kind && a.title === b.title && a.lines.join('\n') === b.lines.join('\n');
}
