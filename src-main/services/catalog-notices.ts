// What the analyst is told when the catalog's threads had trouble (catalog-thread.ts's events): what
// happened, what it means for the work, and what to do, if anything.
import type { CatalogEvent } from '../catalog/catalog-thread';
import type { NoticeInit } from './notices';

const WORK_IS_SAFE = 'Your highlights, notes and briefs are not stored in the catalog and are not affected.';

export function catalogNotice(event: CatalogEvent): NoticeInit {
  switch (event.kind) {
    case 'catalog-set-aside':
      return {
        kind: 'warning',
        title: 'The library catalog could not be read, so Dossier is rebuilding it from the folder.',
        lines: [
          `What was wrong: ${event.reason}.`,
          event.movedTo ? `The damaged catalog was kept as ${event.movedTo}.` : 'There was no catalog file to keep.',
          event.inMemory
            ? 'A new catalog could not be saved, so this session keeps it in memory; the next start tries again.'
            : 'Articles reappear in the list as they are read again.',
          WORK_IS_SAFE,
        ],
      };
    case 'worker-restarted':
      return {
        kind: 'warning',
        title: 'The library catalog stopped unexpectedly and was restarted.',
        lines: [`What happened: ${event.reason}.`, resentLine(event.resent), WORK_IS_SAFE],
      };
    case 'worker-stopped':
      return {
        kind: 'error',
        title: 'The library catalog keeps stopping and was not restarted.',
        lines: [
          `What happened: ${event.reason}.`,
          'The library list and search no longer follow the folder. Quit Dossier and start it again.',
          WORK_IS_SAFE,
        ],
      };
    case 'reader-restarted':
      return {
        kind: 'info',
        title: 'The background file reader stopped unexpectedly and was restarted.',
        lines: [`What happened: ${event.reason}.`, 'The files it was reading are being read again.'],
      };
    case 'reader-stopped':
      return {
        kind: 'info',
        title: 'The background file reader keeps stopping; files are now read by the catalog itself.',
        lines: [`What happened: ${event.reason}.`, 'Large folders read more slowly until Dossier is restarted.'],
      };
  }
}

function resentLine(resent: number): string {
  if (resent === 0) return 'It had no unfinished work.';
  return resent === 1
    ? 'The one request it had not finished was sent again.'
    : `The ${resent} requests it had not finished were sent again.`;
}
