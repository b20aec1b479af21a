// Which briefs show the matrix ("In brief: Brief 2, Weekly"), each a button that opens it in the briefs
// workspace; nothing while no brief shows it.
import { Fragment, type ReactNode } from 'react';
import { briefsShowingMatrix } from '../../db/brief-matrices';
import { useLive } from '../../db/live';

interface Props {
  readonly matrixId: string;
  readonly onOpenBrief: (briefId: string) => void;
}

export function MatrixBriefs({ matrixId, onOpenBrief }: Props): ReactNode {
  const briefs = useLive(briefsShowingMatrix, matrixId);
  if (!briefs || briefs.length === 0) return null;
  return (
    <p className="ach-in-briefs small" data-testid="ach-in-briefs">
      <span className="muted">{briefs.length === 1 ? 'In brief:' : 'In briefs:'}</span>{' '}
      {briefs.map((b, i) => (
        <Fragment key={b.id}>
          {i > 0 && ', '}
          <button type="button" className="link" title="Open this brief in Briefs" onClick={() => onOpenBrief(b.id)}>
            <bdi>{b.title || 'Untitled brief'}</bdi>
          </button>
        </Fragment>
      ))}
    </p>
  );
}
