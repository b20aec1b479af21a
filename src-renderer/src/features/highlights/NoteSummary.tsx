// A highlight's note on its collapsed card: rendered as the expanded card renders it (bold, italic, code,
// links), shortened to a line or two with "…", the whole note in the tooltip.
import type { ReactNode } from 'react';
import { getApi } from '../../platform/api';
import { renderInline } from '../../ui/MarkdownText';
import { summariseNote } from './note-summary';

const openLink = (href: string): void => void getApi().openExternal(href);

export function NoteSummary({ source }: { source: string }): ReactNode {
  const { inlines, cut, full } = summariseNote(source);
  return (
    <p className="card-note" dir="auto" title={cut ? full : undefined} data-testid="card-note">
      {renderInline(inlines, openLink)}
      {cut && '…'}
    </p>
  );
}
