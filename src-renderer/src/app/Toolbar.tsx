// The window's toolbar: the two workspaces as tabs, the open folder, and the library-wide actions with
// their shortcuts in their titles.
import type { ReactNode } from 'react';
import type { LibraryActions } from './use-library-actions';

export type View = 'library' | 'briefs';

interface Props {
  readonly view: View;
  readonly onView: (view: View) => void;
  readonly root: string | null;
  readonly actions: LibraryActions;
  readonly onManageTags: () => void;
}

const TABS: readonly { view: View; label: string; title: string }[] = [
  { view: 'library', label: 'Library', title: 'Library and reader (Ctrl+1)' },
  { view: 'briefs', label: 'Briefs', title: 'Briefs (Ctrl+2)' },
];

export function Toolbar({ view, onView, root, actions, onManageTags }: Props): ReactNode {
  const { busy } = actions;
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
      <div className="toolbar-actions">
        <button type="button" onClick={actions.addFiles} disabled={busy} title="Add article files (Ctrl+O)">
          Add files…
        </button>
        <button
          type="button"
          onClick={actions.chooseFolder}
          disabled={busy}
          title="Open another library folder (Ctrl+Shift+O)"
        >
          Change folder…
        </button>
        <button type="button" onClick={onManageTags} title="Rename and merge tags (Ctrl+Shift+T)">
          Tags…
        </button>
        <button
          type="button"
          onClick={actions.exportAnnotations}
          disabled={busy}
          title="Save all highlights, notes and tags as JSON (Ctrl+Shift+E)"
        >
          Export annotations…
        </button>
        <button
          type="button"
          onClick={actions.importAnnotations}
          disabled={busy}
          title="Merge annotations from a JSON export"
        >
          Import…
        </button>
      </div>
    </header>
  );
}
