// Progress of the first read of a large library folder: files done of total, rate, time left, cancel.
import { useEffect, useState, type ReactNode } from 'react';
import type { ScanProgress } from '../../../../src-preload/contract';
import { getApi } from '../../platform/api';
import { plural } from '../../ui/format';

/** The latest progress of the open folder's scan, or null when none is running. */
export function useScanProgress(root: string | null): ScanProgress | null {
  const [progress, setProgress] = useState<ScanProgress | null>(null);
  useEffect(
    () =>
      getApi().onScanProgress((next) => {
        if (next.root !== root) return;
        setProgress(next.finished ? null : next);
      }),
    [root],
  );
  return progress;
}

function duration(ms: number): string {
  const seconds = Math.ceil(ms / 1000);
  if (seconds < 60) return `${seconds} s`;
  return `${Math.floor(seconds / 60)} min ${seconds % 60} s`;
}

const PHASE_LABEL: Record<ScanProgress['phase'], string> = {
  reading: 'Reading the library',
  indexing: 'Making the text searchable',
};

export function ScanProgressBar({ progress }: { progress: ScanProgress }): ReactNode {
  const share = progress.total > 0 ? progress.done / progress.total : 0;
  const label = PHASE_LABEL[progress.phase];
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
