// The app shell: providers, the toolbar, notices about the library, the two workspaces (library and
// briefs), the tag manager and the drop target; menu commands are wired here.
import { useCallback, useRef, useState, type ReactNode } from 'react';
import { BriefsView } from '../features/briefs/BriefsView';
import { TagManager } from '../features/highlights/TagManager';
import { useLibrary } from '../features/library/library-context';
import { LibraryProblemBanner, useLibraryProblem } from '../features/library/LibraryProblemBanner';
import { ImportProgressBar } from '../features/library/ImportProgressBar';
import { LibraryProvider } from '../features/library/LibraryProvider';
import { useFileDrop } from '../features/library/use-file-drop';
import { ScanProgressBar, useScanProgress } from '../features/search/ScanProgressBar';
import { ToastProvider } from '../ui/toasts';
import { Toolbar, type View } from './Toolbar';
import { useAppCommands } from './use-app-commands';
import { useLibraryActions } from './use-library-actions';
import { Workspace, type WorkspaceHandle } from './Workspace';

const ACTIVE_BRIEF_KEY = 'dossier.activeBrief';

export function App(): ReactNode {
  return (
    <ToastProvider>
      <LibraryProvider>
        <Shell />
      </LibraryProvider>
    </ToastProvider>
  );
}

function Shell(): ReactNode {
  const { summary, status } = useLibrary();
  const root = summary?.root ?? null;
  const workspace = useRef<WorkspaceHandle>(null);
  const [view, setView] = useState<View>('library');
  const [managingTags, setManagingTags] = useState(false);
  const [activeBriefId, setActiveBriefId] = useState<string | null>(() => localStorage.getItem(ACTIVE_BRIEF_KEY));
  const activateBrief = useCallback((id: string | null) => {
    setActiveBriefId(id);
    if (id) localStorage.setItem(ACTIVE_BRIEF_KEY, id);
    else localStorage.removeItem(ACTIVE_BRIEF_KEY);
  }, []);
  const openAdded = useCallback((id: string) => workspace.current?.open(id), []);
  const actions = useLibraryActions(openAdded);
  const dragging = useFileDrop(actions.importDropped);
  const progress = useScanProgress(root);
  const problem = useLibraryProblem(root);

  useAppCommands({
    'add-files': actions.addFiles,
    'choose-library': actions.chooseFolder,
    'focus-search': () => {
      setView('library');
      workspace.current?.focusSearch();
    },
    'show-library': () => setView('library'),
    'show-briefs': () => setView('briefs'),
    'export-annotations': actions.exportAnnotations,
    'import-annotations': actions.importAnnotations,
    'manage-tags': () => setManagingTags(true),
  });

  return (
    <div className="app">
      <Toolbar view={view} onView={setView} root={root} actions={actions} onManageTags={() => setManagingTags(true)} />
      {status.kind === 'error' && (
        <div className="banner banner-error" role="alert">
          The library could not be loaded: {status.message}
        </div>
      )}
      {problem && <LibraryProblemBanner problem={problem} onChooseFolder={actions.chooseFolder} />}
      {progress && <ScanProgressBar progress={progress} />}
      {actions.importing && <ImportProgressBar progress={actions.importing} onCancel={actions.cancelImport} />}
      <Workspace ref={workspace} hidden={view !== 'library'} onAddFiles={actions.addFiles} />
      {view === 'briefs' && <BriefsView activeId={activeBriefId} onActivate={activateBrief} />}
      {managingTags && <TagManager onClose={() => setManagingTags(false)} />}
      {dragging && (
        <div className="drop-overlay" data-testid="drop-overlay">
          <div>Drop article files to add them to the library</div>
        </div>
      )}
    </div>
  );
}
