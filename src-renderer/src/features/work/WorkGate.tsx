// Opens the work database before the app shows: while it opens the page says so, and if it cannot be
// opened the page offers the latest snapshot (the recovery screen) instead of an empty app.
import { useCallback, useEffect, useState, type ReactNode } from 'react';
import { inDb } from '../../db/live';
import { openWork, type OpenedWork } from '../../db/work-store';
import { errorMessage } from '../../platform/errors';
import { RecoveryScreen } from './RecoveryScreen';

/** Dexie wraps IndexedDB's error (OpenFailedError around UnknownError); the inner one says what happened. */
function problemOf(error: unknown): string {
  const inner = typeof error === 'object' && error !== null && 'inner' in error ? error.inner : null;
  return errorMessage(inner instanceof Error ? inner : error);
}

type Opening = { readonly kind: 'opening' } | { readonly kind: 'failed'; readonly problem: string } | OpenedWork;

export function WorkGate({ children }: { children: (opened: OpenedWork) => ReactNode }): ReactNode {
  const [state, setState] = useState<Opening>({ kind: 'opening' });
  const open = useCallback(() => {
    inDb(openWork).then(setState, (error: unknown) => setState({ kind: 'failed', problem: problemOf(error) }));
  }, []);
  useEffect(open, [open]);
  const retry = useCallback(() => {
    setState({ kind: 'opening' });
    open();
  }, [open]);

  if (!('fresh' in state)) {
    if (state.kind === 'failed') {
      return <RecoveryScreen problem={state.problem} onRetry={retry} onRecovered={() => setState({ fresh: false })} />;
    }
    return (
      <main className="empty-state" aria-busy="true">
        <h1>Opening your work…</h1>
      </main>
    );
  }
  return children(state);
}
