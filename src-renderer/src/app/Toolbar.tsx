// The window's toolbar: the two workspaces as tabs, the open folder, and the library-wide actions with
// their shortcuts in their titles.
import type { ReactNode } from 'react';
import { ReaderSettingsButton } from '../features/reader/ReaderSettingsButton';
import type { WorkFlows } from '../features/work/use-work-flows';
import type { LibraryActions } from './use-library-actions';

export type View = 'library' | 'briefs';

interface Props {
  readonly view: View;
  readonly onView: (view: View) => void;
  readonly root: string | null;
  readonly actions: LibraryActions;
  readonly work: Pick<WorkFlows, 'busy' | 'importFile' | 'openRestore'>;
  readonly onManageTags: () => void;
}

const TABS: readonly { view: View; label: string; title: string }[] = [
  { view: 'library', label: 'Library', title: 'Library and reader (Ctrl+1)' },
  { view: 'briefs', label: 'Briefs', title: 'Briefs (Ctrl+2)' },
];

export function Toolbar({ view, onView, root, actions, work, onManageTags }: Props): ReactNode {
  const { busy } = actions;
  // Tags can be managed while a file is being added; the other actions wait for the one running.
  return (
    <header className="toolbar">
      <div className="brand">Dossier</div>
      <div className="view-tabs" role="tablist" aria-label="Workspace">
        {TABS.map((tab) => (
          <button
            key={tab.view}
            type="button"
            role="tab"
            aria-selected={view === tab.view}
            onClick={() => onView(tab.view)}
            title={tab.title}
          >
            {tab.label}
          </button>
        ))}
      </div>
      <div className="library-root" title={root ?? ''} data-testid="library-root">
        {root ?? ''}
      </div>
      <ReaderSettingsButton />
      <div className="toolbar-actions">
        {[
          { label: 'Add files…', run: actions.addFiles, title: 'Add article files (Ctrl+O)' },
          { label: 'Change folder…', run: actions.chooseFolder, title: 'Open another library folder (Ctrl+Shift+O)' },
          { label: 'Tags…', run: onManageTags, title: 'Rename and merge tags (Ctrl+Shift+T)', always: true },
          {
            label: 'Export annotations…',
            run: actions.exportAnnotations,
            title: 'Save all your work (highlights, notes, tags, colour names, briefs) as JSON (Ctrl+Shift+E)',
          },
          {
            label: 'Import…',
            run: work.importFile,
            title: 'Merge work from a JSON export, after a preview',
            waits: work.busy,
          },
          {
            label: 'Restore…',
            run: work.openRestore,
            title: 'Bring back your work from a snapshot saved on disk',
            waits: work.busy,
          },
        ].map(({ label, run, title, always, waits }) => (
          <button key={label} type="button" onClick={run} disabled={waits ?? (busy && !always)} title={title}>
            {label}
          </button>
        ))}
      </div>
    </header>
  );
}
