// The window's toolbar: the workspaces as tabs (one tab stop, ←/→ switch them), the open folder, the
// library-wide actions with their shortcuts in their titles, the reader's text settings, and the "?" button
// for the shortcut sheet.
import type { KeyboardEvent, ReactNode } from 'react';
import { ReaderSettingsButton } from '../features/reader/ReaderSettingsButton';
import type { WorkFlows } from '../features/work/use-work-flows';
import { ShortcutSheetButton } from './ShortcutSheet';
import type { LibraryActions } from './use-library-actions';

export type View = 'library' | 'briefs' | 'sources' | 'evidence' | 'hypotheses' | 'timeline';

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
  { view: 'sources', label: 'Sources', title: 'Source register: grade outlets A–F (Ctrl+3)' },
  { view: 'evidence', label: 'Evidence', title: 'Every highlight as a table: sort, filter, act on many (Ctrl+4)' },
  { view: 'hypotheses', label: 'Hypotheses', title: 'Analysis of competing hypotheses (Ctrl+5)' },
  { view: 'timeline', label: 'Timeline', title: 'Events and publications in time (Ctrl+6)' },
];

/** Ids of a workspace's tab and of the panel it shows (the panel carries role="tabpanel"). */
export const tabId = (view: View): string => `tab-${view}`;
export const panelId = (view: View): string => `panel-${view}`;

/** The tab an arrow, Home or End key moves to (tabs activate as they take the focus), or null. */
function tabAfterKey(key: string, view: View): View | null {
  const at = TABS.findIndex((tab) => tab.view === view);
  const to = { ArrowRight: at + 1, ArrowLeft: at - 1, Home: 0, End: TABS.length - 1 }[key];
  if (to === undefined) return null;
  return TABS[(to + TABS.length) % TABS.length]?.view ?? null;
}

export function Toolbar({ view, onView, root, actions, work, onManageTags }: Props): ReactNode {
  const { busy } = actions;
  // Tags can be managed while a file is being added; the other actions wait for the one running.
  return (
    <header className="toolbar">
      <div className="brand">Dossier</div>
      <div
        className="view-tabs"
        role="tablist"
        aria-label="Workspace"
        onKeyDown={(event: KeyboardEvent) => {
          const next = tabAfterKey(event.key, view);
          if (next === null) return;
          event.preventDefault();
          onView(next);
          document.getElementById(tabId(next))?.focus();
        }}
      >
        {TABS.map((tab) => (
          <button
            key={tab.view}
            id={tabId(tab.view)}
            type="button"
            role="tab"
            aria-selected={view === tab.view}
            // Only a panel in the page can be named: every panel but the library's exists while shown.
            aria-controls={tab.view === 'library' || view === tab.view ? panelId(tab.view) : undefined}
            tabIndex={view === tab.view ? 0 : -1}
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
      {/* Beside Aa, so a narrow window keeps both on the first row. */}
      <ShortcutSheetButton />
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
