// The app shell: providers, the work database opened first (or recovered), the toolbar, notices about the
// library, the workspaces (library, briefs, source register, evidence, hypotheses, timeline), the tag manager,
// import and restore, and the drop target; the work is saved to snapshots while it runs; menu commands are
// wired here, and the ways between workspaces (a quote to its article, a brief's matrix to Hypotheses and back).
import { useCallback, useRef, useState, type ReactNode } from 'react';
import { AchView } from '../features/ach/AchView';
import { requestMatrix } from '../features/ach/open-matrix';
import { BriefsView } from '../features/briefs/BriefsView';
import { EvidenceView } from '../features/evidence/EvidenceView';
import { TagManager } from '../features/highlights/TagManager';
import { useLibrary, useScanProgress } from '../features/library/library-context';
import { LibraryProblemBanner, useLibraryProblem } from '../features/library/LibraryProblemBanner';
import { ImportProgressBar } from '../features/library/ImportProgressBar';
import { LibraryProvider } from '../features/library/LibraryProvider';
import { useFileDrop } from '../features/library/use-file-drop';
import { ScanProgressBar } from '../features/search/ScanProgressBar';
import type { QuoteTarget } from '../features/links/link-navigation';
import { SourcesView } from '../features/sources/SourcesView';
import { TimelineView } from '../features/timeline/TimelineView';
import { SnapshotOffer } from '../features/work/SnapshotOffer';
import { useAutosave } from '../features/work/use-autosave';
import { useWorkFlows } from '../features/work/use-work-flows';
import { WorkDialogs } from '../features/work/WorkDialogs';
import { WorkGate } from '../features/work/WorkGate';
import { matrixById } from '../db/ach';
import { inDb } from '../db/live';
import { ToastProvider, useToasts } from '../ui/toasts';
import { SkipLinks } from './SkipLinks';
import { forgetKept, readKept, writeKept } from '../ui/kept';
import { Toolbar, type View } from './Toolbar';
import { useAppNotices } from './use-app-notices';
import { useAppCommands } from './use-app-commands';
import { useLibraryActions } from './use-library-actions';
import { Workspace, type WorkspaceHandle } from './Workspace';

const ACTIVE_BRIEF_KEY = 'dossier.activeBrief';

export function App(): ReactNode {
  return (
    <ToastProvider>
      <WorkGate>
        {({ fresh }) => (
          <LibraryProvider>
            <Shell freshWork={fresh} />
          </LibraryProvider>
        )}
      </WorkGate>
    </ToastProvider>
  );
}

/** `freshWork`: the work database was just created empty (a snapshot may hold the work it lost). */
function Shell({ freshWork }: { freshWork: boolean }): ReactNode {
  const { summary, status } = useLibrary();
  const root = summary?.root ?? null;
  const libraryId = summary?.libraryId ?? null;
  const toasts = useToasts();
  const workspace = useRef<WorkspaceHandle>(null);
  const [view, setView] = useState<View>('library');
  const [managingTags, setManagingTags] = useState(false);
  const [activeBriefId, setActiveBriefId] = useState<string | null>(() => readKept(ACTIVE_BRIEF_KEY));
  const activateBrief = useCallback((id: string | null) => {
    setActiveBriefId(id);
    if (id) writeKept(ACTIVE_BRIEF_KEY, id);
    else forgetKept(ACTIVE_BRIEF_KEY);
  }, []);
  const openAdded = useCallback((id: string) => workspace.current?.open(id), []);
  // From the evidence table, the matrix or the timeline: back to the library with the article open.
  const openArticle = useCallback((id: string) => {
    setView('library');
    workspace.current?.open(id);
  }, []);
  const openQuote = useCallback((target: QuoteTarget) => {
    setView('library');
    workspace.current?.openQuote(target);
  }, []);
  // From a brief's ACH section: the matrix open in Hypotheses, if it is still there and of this library.
  const openMatrix = useCallback(
    (matrixId: string) => {
      void inDb(matrixById, matrixId).then((matrix) => {
        if (!matrix) toasts.push('info', 'That matrix has been deleted.');
        else if (matrix.libraryId !== libraryId)
          toasts.push('info', 'That matrix belongs to another library.', [
            'Open its library (Change folder…) to work on it in Hypotheses.',
          ]);
        else {
          requestMatrix(matrix.libraryId, matrix.id);
          setView('hypotheses');
        }
      });
    },
    [libraryId, toasts],
  );
  // From the matrix: a brief that shows it, open in Briefs.
  const openBrief = useCallback(
    (briefId: string) => {
      activateBrief(briefId);
      setView('briefs');
    },
    [activateBrief],
  );
  const actions = useLibraryActions(openAdded);
  const dragging = useFileDrop(actions.importDropped);
  const progress = useScanProgress(root);
  const problem = useLibraryProblem(summary);
  useAppNotices();
  const work = useWorkFlows();
  useAutosave();

  useAppCommands({
    'add-files': actions.addFiles,
    'choose-library': actions.chooseFolder,
    'focus-search': () => {
      setView('library');
      workspace.current?.focusSearch();
    },
    'show-library': () => setView('library'),
    'show-briefs': () => setView('briefs'),
    'show-sources': () => setView('sources'),
    'show-evidence': () => setView('evidence'),
    'show-hypotheses': () => setView('hypotheses'),
    'show-timeline': () => setView('timeline'),
    'export-annotations': actions.exportAnnotations,
    'import-annotations': work.importFile,
    'restore-snapshots': work.openRestore,
    'manage-tags': () => setManagingTags(true),
  });

  return (
    <div className="app">
      <SkipLinks onShowLibrary={() => setView('library')} />
      <Toolbar
        view={view}
        onView={setView}
        root={root}
        actions={actions}
        work={work}
        onManageTags={() => setManagingTags(true)}
      />
      {freshWork && <SnapshotOffer onRestore={work.openRestore} />}
      {status.kind === 'error' && (
        <div className="banner banner-error" role="alert">
          The library could not be loaded: {status.message}
        </div>
      )}
      {problem && (
        <LibraryProblemBanner
          problem={problem}
          busy={actions.busy}
          onRetry={actions.retryLibrary}
          onChooseFolder={actions.chooseFolder}
        />
      )}
      {progress && <ScanProgressBar progress={progress} />}
      {actions.importing && <ImportProgressBar progress={actions.importing} onCancel={actions.cancelImport} />}
      <Workspace ref={workspace} hidden={view !== 'library'} onAddFiles={actions.addFiles} />
      {view === 'briefs' && (
        <BriefsView activeId={activeBriefId} onActivate={activateBrief} onOpenMatrix={openMatrix} />
      )}
      {view === 'sources' && <SourcesView />}
      {view === 'evidence' && <EvidenceView onOpenQuote={openQuote} onOpenArticle={openArticle} />}
      {view === 'hypotheses' && <AchView onOpenQuote={openQuote} onOpenArticle={openArticle} onOpenBrief={openBrief} />}
      {view === 'timeline' && <TimelineView onOpenQuote={openQuote} onOpenArticle={openArticle} />}
      {managingTags && <TagManager onClose={() => setManagingTags(false)} />}
      <WorkDialogs flows={work} />
      {dragging && (
        <div className="drop-overlay" data-testid="drop-overlay">
          <div>Drop article files to add them to the library</div>
        </div>
      )}
    </div>
  );
}
