// A lasting notice when main says the open library has a problem (its folder deleted or moved), with the
// way out: choose the folder again, or another one. Gone once another library is open.
import { useEffect, useState, type ReactNode } from 'react';
import type { LibraryProblem } from '../../../../src-preload/contract';
import { getApi } from '../../platform/api';

/** The latest problem of the open library, or null. */
export function useLibraryProblem(root: string | null): LibraryProblem | null {
  const [problem, setProblem] = useState<LibraryProblem | null>(null);
  useEffect(() => {
    const api = getApi();
    const offProblem = api.onLibraryProblem(setProblem);
    // A library opened (again, or another one) starts without the old problem.
    const offReset = api.onLibraryReset(() => setProblem(null));
    return () => {
      offProblem();
      offReset();
    };
  }, []);
  return problem !== null && problem.root === root ? problem : null;
}

export function LibraryProblemBanner({
  problem,
  onChooseFolder,
}: {
  problem: LibraryProblem;
  onChooseFolder: () => void;
}): ReactNode {
  return (
    <div className="banner banner-error" role="alert" data-testid="library-problem">
      <span>{problem.message}</span>
      <button type="button" onClick={onChooseFolder}>
        Choose folder…
      </button>
    </div>
  );
}
