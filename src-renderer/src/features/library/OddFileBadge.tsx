// The mark on a library row whose file may not be an article; its reasons are in the tooltip and, in
// full, in the reader's banner. The row's catalog entry is asked for while the row shows.
import type { ReactNode } from 'react';
import type { ArticleId } from '../../../../src-preload/contract';
import { useEntry } from './use-entries';

export function OddFileBadge({ id }: { id: ArticleId }): ReactNode {
  const entry = useEntry(id);
  const oddities = entry?.ok ? (entry.oddities ?? []) : [];
  if (oddities.length === 0) return null;
  return (
    <span className="odd-badge" title={oddities.join('\n')} data-testid="odd-badge">
      <span aria-hidden="true">⚠ </span>odd file
    </span>
  );
}
