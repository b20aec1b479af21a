// Progress of opening and reading a library folder: files done of total, rate, time left, cancel.
import type { ReactNode } from 'react';
import type { ScanProgress } from '../../../../src-preload/contract';
import { getApi } from '../../platform/api';
import { plural } from '../../ui/format';

function duration(ms: number): string {
  const seconds = Math.ceil(ms / 1000);
  if (seconds < 60) return `${seconds} s`;
  return `${Math.floor(seconds / 60)} min ${seconds % 60} s`;
}

const PHASE_LABEL: Record<ScanProgress['phase'], string> = {
  listing: 'Opening the library',
  reading: 'Reading the library',
  indexing: 'Making the text searchable',
};

export function ScanProgressBar({ progress }: { progress: ScanProgress }): ReactNode {
  const share = progress.total > 0 ? progress.done / progress.total : 0;
  const label = PHASE_LABEL[progress.phase];
  if (progress.phase === 'listing') {
    // Nothing to cancel yet: the folder's files are being found (a large folder takes a moment).
    return (
      <div className="scan-progress" role="status" data-testid="scan-progress">
        <progress aria-label={label} />
        <span>
          {label}: {progress.total > 0 ? `${plural(progress.total, 'file')} found in` : 'finding the files in'}{' '}
          {progress.root}
        </span>
      </div>
    );
  }
  return (
    <div className="scan-progress" role="status" data-testid="scan-progress">
      <progress max={progress.total} value={progress.done} aria-label={label} />
      <span>
        {label}: {progress.done.toLocaleString()} of {plural(progress.total, 'file')} ({Math.floor(share * 100)}%)
        {progress.filesPerSecond > 0 && ` · ${progress.filesPerSecond.toLocaleString()} files/s`}
        {progress.etaMs !== null && ` · about ${duration(progress.etaMs)} left`}
      </span>
      <button type="button" onClick={() => void getApi().cancelScan()}>
        Cancel
      </button>
    </div>
  );
}
