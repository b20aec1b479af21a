// A promise that failed with no one to catch it is a fault main would otherwise swallow: it is logged in
// full and the analyst is told, and the app keeps running.
import type { NoticeBoard } from './notices';

export function reportUnhandledRejection(deps: {
  readonly notices: Pick<NoticeBoard, 'post'>;
  readonly log: (message: string) => void;
}): (reason: unknown) => void {
  return (reason) => {
    const message = reason instanceof Error ? reason.message : String(reason);
    deps.log(`unhandled rejection: ${reason instanceof Error ? (reason.stack ?? message) : message}`);
    deps.notices.post({
      kind: 'error',
      title: 'Something Dossier was doing in the background failed.',
      lines: [
        `What failed: ${message}`,
        'Dossier is still running. If the library looks out of date, choose Change folder… and open it again.',
      ],
    });
  };
}
