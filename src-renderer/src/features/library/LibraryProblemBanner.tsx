// A lasting notice when the library has a problem (its folder not there at launch, deleted or moved while
// open), with the ways out: Retry once the folder is back (a drive connected again), or choose another
// folder. Gone once a library opens.
import { useEffect, useState, type ReactNode } from 'react';
import type { LibraryProblem, LibrarySummary } from '../../../../src-preload/contract';
import { getApi } from '../../platform/api';

/** The open library's problem: as main's summary gives it, or as heard since; null when there is none. */
export function useLibraryProblem(summary: LibrarySummary | null): LibraryProblem | null {
  const [heard, setHeard] = useState<LibraryProblem | null>(null);
  useEffect(() => {
    const api = getApi();
    const offProblem = api.onLibraryProblem(setHeard);
    // A library opened (again, or another one) starts without the old problem.
    const offReset = api.onLibraryReset(() => setHeard(null));
    return () => {
      offProblem();
      offReset();
    };
  }, []);
  const problem = heard ?? summary?.problem ?? null;
  return problem !== null && problem.root === summary?.root ? problem : null;
}

export function LibraryProblemBanner({
  problem,
  busy,
  onRetry,
  onChooseFolder,
}: {
  problem: LibraryProblem;
  busy: boolean;
  onRetry: () => void;
  onChooseFolder: () => void;
}): ReactNode {
  return (
    <div className="banner banner-error" role="alert" data-testid="library-problem">
      <span>{problem.message}</span>
      <button type="button" onClick={onRetry} disabled={busy}>
        Retry
      </button>
      <button type="button" onClick={onChooseFolder} disabled={busy}>
        Choose folder…
      </button>
    </div>
  );
}
