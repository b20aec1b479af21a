// Keeps the analyst's work written to snapshots in the app's data folder while the app is open, and says
// so when that stops working (the disk is full) and when it works again.
import { useEffect } from 'react';
import { onPageWorkChanged } from '../../db/work-store';
import { errorMessage } from '../../platform/errors';
import { useToasts } from '../../ui/toasts';
import { AUTOSAVE_DELAY_MS, startAutosave } from './autosave';
import { snapshotNow } from './work-ops';

export function useAutosave(): void {
  const toasts = useToasts();
  useEffect(
    () =>
      startAutosave({
        watch: onPageWorkChanged,
        save: async () => void (await snapshotNow('auto')),
        onFailing: (error) =>
          toasts.push('warning', 'Your work could not be saved to a snapshot on disk.', [
            errorMessage(error),
            'It is still in the app, and Dossier tries again with your next change.',
          ]),
        onRecovered: () => toasts.push('success', 'Your work is being saved to snapshots again.'),
        delayMs: AUTOSAVE_DELAY_MS,
        page: window,
        isHidden: () => document.visibilityState === 'hidden',
      }),
    [toasts],
  );
}
