// A page that crashed or was killed is loaded again: the analyst's work is in IndexedDB, written as it is
// made, so a reload loses at most the last half second of typing. The analyst is told; a page that keeps
// crashing gets the error page instead of a reload loop.
import type { RenderProcessGoneDetails, WebContents } from 'electron';
import type { NoticeBoard } from '../services/notices';

export interface RendererWatchDeps {
  readonly notices: Pick<NoticeBoard, 'post'>;
  readonly log: (message: string) => void;
  /** The error page that says the window keeps stopping (startup-error.ts). */
  readonly errorPage: (message: string) => string;
  /** Crashes within `windowMs` after which the page is not reloaded again (default 3 in 60 s). */
  readonly maxCrashes?: number;
  readonly windowMs?: number;
  readonly now?: () => number;
}

export function watchRenderer(contents: Pick<WebContents, 'on' | 'reload' | 'loadURL'>, deps: RendererWatchDeps): void {
  let crashes: number[] = [];
  contents.on('render-process-gone', (_event, details: RenderProcessGoneDetails) => {
    if (details.reason === 'clean-exit') return;
    const what = `${details.reason}, exit code ${details.exitCode}`;
    deps.log(`the page stopped (${what})`);
    const now = deps.now?.() ?? Date.now();
    crashes = [...crashes.filter((at) => now - at < (deps.windowMs ?? 60_000)), now];
    if (crashes.length > (deps.maxCrashes ?? 3)) {
      void contents.loadURL(deps.errorPage(`The window stopped ${crashes.length} times in a row (${what}).`));
      return;
    }
    deps.notices.post({
      kind: 'warning',
      title: 'The window stopped unexpectedly and was reloaded.',
      lines: [
        `What happened: ${what}.`,
        'Your highlights, notes and briefs are saved as you make them and are still here; check the last note ' +
          'you were typing.',
      ],
    });
    contents.reload();
  });
}
