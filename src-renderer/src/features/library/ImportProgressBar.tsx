// Progress of a drop of many files, sent to main a batch at a time: files done of total, and Cancel, which
// stops before the next batch (what was added stays added; the rest is reported as not added).
import type { ReactNode } from 'react';
import { plural } from '../../ui/format';
import type { ImportProgress } from './drop-import';

export function ImportProgressBar({
  progress,
  onCancel,
}: {
  progress: ImportProgress;
  onCancel: () => void;
}): ReactNode {
  const label = 'Adding dropped files';
  return (
    <div className="scan-progress" role="status" data-testid="import-progress">
      <progress max={progress.total} value={progress.done} aria-label={label} />
      <span>
        {label}: {progress.done.toLocaleString()} of {plural(progress.total, 'file')}
      </span>
      <button type="button" onClick={onCancel}>
        Cancel
      </button>
    </div>
  );
}
