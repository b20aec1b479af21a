// The briefs workspace's columns: the list of briefs at the start, the composer in the centre and the live
// preview at the end, each side resizable and collapsible like the library's panes.
import type { ReactNode } from 'react';
import type { PaneConfig } from '../../ui/panes/pane-context';
import { PaneLayout } from '../../ui/panes/PaneLayout';

export const BRIEF_LIST_PANE: PaneConfig = {
  id: 'brief-list-pane',
  name: 'list of briefs',
  railLabel: 'Briefs',
  spec: { min: 180, max: 480, initial: 240 },
};

export const BRIEF_PREVIEW_PANE: PaneConfig = {
  id: 'brief-preview-pane',
  name: 'brief preview',
  railLabel: 'Preview',
  spec: { min: 300, max: 1000, initial: 460 },
};

/** The composer's narrowest: its fields and an evidence card's buttons on one line. */
const COMPOSER_MIN = 380;

export function BriefsPanes({ children }: { children: ReactNode }): ReactNode {
  return (
    <PaneLayout
      className="briefs-view"
      start={BRIEF_LIST_PANE}
      end={BRIEF_PREVIEW_PANE}
      centreMin={COMPOSER_MIN}
      panel={{ id: 'panel-briefs', labelledBy: 'tab-briefs' }}
    >
      {children}
    </PaneLayout>
  );
}
