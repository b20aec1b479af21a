// The library workspace's panes: the list at the start, the reader in the centre (kept at a readable width
// for the analyst's text settings) and the notes pane beside the reader at the end.
import type { ReactNode } from 'react';
import { readerMinWidth } from '../features/reader/reader-settings';
import { useReaderSettings } from '../features/reader/use-reader-settings';
import type { PaneConfig } from '../ui/panes/pane-context';
import { PaneLayout } from '../ui/panes/PaneLayout';
import { panelId, tabId } from './Toolbar';

export const LIST_PANE: PaneConfig = {
  id: 'library-pane',
  name: 'library list',
  railLabel: 'Library',
  spec: { min: 220, max: 640, initial: 340 },
};

export const NOTES_PANE: PaneConfig = {
  id: 'notes-pane',
  name: 'notes pane',
  railLabel: 'Notes',
  spec: { min: 240, max: 640, initial: 320 },
};

export function LibraryPanes({ hidden, children }: { hidden: boolean; children: ReactNode }): ReactNode {
  const settings = useReaderSettings();
  return (
    <PaneLayout
      className="panes"
      start={LIST_PANE}
      end={NOTES_PANE}
      centreMin={readerMinWidth(settings)}
      hidden={hidden}
      panel={{ id: panelId('library'), labelledBy: tabId('library') }}
    >
      {children}
    </PaneLayout>
  );
}
