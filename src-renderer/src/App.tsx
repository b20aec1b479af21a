// The app shell: toolbar, library list, reader, drop target and notices.
import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { AppCommand, ImportReport, IncomingFile } from '../../src-preload/contract';
import { describeImport } from './features/library/import-report';
import { followRenames } from './features/library/library-state';
import { LibraryList } from './features/library/LibraryList';
import { useFileDrop } from './features/library/use-file-drop';
import { errorMessage, useLibrary } from './features/library/use-library';
import { Reader } from './features/reader/Reader';
import { getDb } from './db/db';
import { missingArticles } from './db/identity';
import { BriefsView } from './features/briefs/BriefsView';
import { exportAnnotationsToFile, importAnnotationsFromFile } from './features/highlights/annotation-files';
import { useTagSuggestions } from './features/highlights/AnnotationsPanel';
import { TagManager } from './features/highlights/TagManager';
import { useIdentitySync } from './features/highlights/use-identity-sync';
import { useAnnotationIndex } from './features/library/use-annotation-index';
import { ScanProgressBar, useScanProgress } from './features/search/ScanProgressBar';
import { useAnnotationSync } from './features/search/use-annotation-sync';
import type { LibraryQuery } from './features/search/use-library-search';
import { getApi } from './platform/api';
import { plural } from './ui/format';
import { ToastProvider, useToasts } from './ui/toasts';
import { LibraryProblemBanner, useLibraryProblem } from './features/library/LibraryProblemBanner';

const ACTIVE_BRIEF_KEY = 'dossier.activeBrief';

export function App(): ReactNode {
  return (
    <ToastProvider>
      <Shell />
    </ToastProvider>
  );
}

function Shell(): ReactNode {
  const { library, status, replace } = useLibrary();
  const toasts = useToasts();
  const [chosenId, setSelectedId] = useState<string | null>(null);
  // An open article follows its file when it is renamed or moved.
  const selectedId = followRenames(chosenId, library.renamedTo);
  const [query, setQuery] = useState<LibraryQuery>({ text: '', filters: {}, sort: 'date' });
  const [busy, setBusy] = useState(false);
  const filterRef = useRef<HTMLInputElement>(null);
  const [managingTags, setManagingTags] = useState(false);
  const [view, setView] = useState<'library' | 'briefs'>('library');
  const [activeBriefId, setActiveBriefId] = useState<string | null>(() => localStorage.getItem(ACTIVE_BRIEF_KEY));
  const activateBrief = useCallback((id: string | null) => {
    setActiveBriefId(id);
    if (id) localStorage.setItem(ACTIVE_BRIEF_KEY, id);
    else localStorage.removeItem(ACTIVE_BRIEF_KEY);
  }, []);
  useIdentitySync(library);
  const annotationsSynced = useAnnotationSync(library.root);
  // The list is fetched again when the library or the indexed annotations change.
  const listVersion = useMemo(
    () => ({ entries: library.entries, annotationsSynced }),
    [library.entries, annotationsSynced],
  );
  const progress = useScanProgress(library.root);
  const problem = useLibraryProblem(library.root);
  const workIndex = useAnnotationIndex();
  const tags = useTagSuggestions();
  const present = useMemo(() => new Set(library.entries.keys()), [library.entries]);
  // Until the library has loaded, nothing is missing: every article would look so for a moment.
  const loaded = status.kind === 'ready';
  const missing = useLiveQuery(() => (loaded ? missingArticles(getDb(), present) : []), [present, loaded]) ?? [];

  const reportImport = useCallback(
    (report: ImportReport | null, unreadable: string[] = []) => {
      if (report === null) return;
      const notice = describeImport({
        ...report,
        refused: [
          ...unreadable.map((name) => ({ name, reason: 'could not be read (folders are not added)' })),
          ...report.refused,
        ],
      });
      toasts.push(notice.kind, notice.title, notice.lines);
      const first = report.added[0];
      if (first) setSelectedId(first.id);
    },
    [toasts],
  );

  const run = useCallback(
    async (work: () => Promise<void>) => {
      setBusy(true);
      try {
        await work();
      } catch (error) {
        toasts.push('error', 'That did not work.', [errorMessage(error)]);
      } finally {
        setBusy(false);
      }
    },
    [toasts],
  );

  const addFiles = useCallback(
    () => run(async () => reportImport(await getApi().addFilesWithDialog())),
    [run, reportImport],
  );
  const chooseFolder = useCallback(
    () =>
      run(async () => {
        const snapshot = await getApi().chooseLibraryFolder();
        if (snapshot) {
          replace(snapshot);
          setSelectedId(null);
          toasts.push('info', `Library: ${snapshot.root}`);
        }
      }),
    [run, replace, toasts],
  );
  const importDropped = useCallback(
    (files: IncomingFile[], unreadable: string[]) =>
      run(async () =>
        reportImport(
          files.length > 0 ? await getApi().importFiles(files) : { added: [], duplicates: [], refused: [] },
          unreadable,
        ),
      ),
    [run, reportImport],
  );
  const dragging = useFileDrop(importDropped);

  const exportAnnotations = useCallback(
    () =>
      run(async () => {
        const path = await exportAnnotationsToFile(library.entries.values());
        if (path) toasts.push('success', 'Annotations exported.', [path]);
      }),
    [run, library.entries, toasts],
  );
  const importAnnotations = useCallback(
    () =>
      run(async () => {
        const summary = await importAnnotationsFromFile();
        if (!summary) return;
        toasts.push(summary.skipped.length > 0 ? 'warning' : 'success', `Imported ${summary.name}.`, [
          `${plural(summary.added, 'annotation')} added, ${summary.updated} updated, ` +
            `${summary.unchanged} already here.`,
          ...summary.skipped,
        ]);
      }),
    [run, toasts],
  );

  useEffect(() => {
    const commands: Record<AppCommand, () => void> = {
      'add-files': () => void addFiles(),
      'choose-library': () => void chooseFolder(),
      'focus-search': () => {
        setView('library');
        filterRef.current?.focus();
      },
      'show-library': () => setView('library'),
      'show-briefs': () => setView('briefs'),
      'export-annotations': () => void exportAnnotations(),
      'import-annotations': () => void importAnnotations(),
      'manage-tags': () => setManagingTags(true),
    };
    return getApi().onAppCommand((command) => commands[command]());
  }, [addFiles, chooseFolder, exportAnnotations, importAnnotations]);

  const isEmpty = status.kind === 'ready' && library.entries.size === 0 && missing.length === 0;

  return (
    <div className="app">
      <header className="toolbar">
        <div className="brand">Dossier</div>
        <div className="view-tabs" role="tablist" aria-label="Workspace">
          <button
            type="button"
            role="tab"
            aria-selected={view === 'library'}
            onClick={() => setView('library')}
            title="Library and reader (Ctrl+1)"
          >
            Library
          </button>
          <button
            type="button"
            role="tab"
            aria-selected={view === 'briefs'}
            onClick={() => setView('briefs')}
            title="Briefs (Ctrl+2)"
          >
            Briefs
          </button>
        </div>
        <div className="library-root" title={library.root ?? ''} data-testid="library-root">
          {library.root ?? ''}
        </div>
        <div className="toolbar-actions">
          <button type="button" onClick={() => void addFiles()} disabled={busy} title="Add article files (Ctrl+O)">
            Add files…
          </button>
          <button
            type="button"
            onClick={() => void chooseFolder()}
            disabled={busy}
            title="Open another library folder (Ctrl+Shift+O)"
          >
            Change folder…
          </button>
          <button type="button" onClick={() => setManagingTags(true)} title="Rename and merge tags (Ctrl+Shift+T)">
            Tags…
          </button>
          <button
            type="button"
            onClick={() => void exportAnnotations()}
            disabled={busy}
            title="Save all highlights, notes and tags as JSON (Ctrl+Shift+E)"
          >
            Export annotations…
          </button>
          <button
            type="button"
            onClick={() => void importAnnotations()}
            disabled={busy}
            title="Merge annotations from a JSON export"
          >
            Import…
          </button>
        </div>
      </header>
      {status.kind === 'error' && (
        <div className="banner banner-error" role="alert">
          The library could not be loaded: {status.message}
        </div>
      )}
      {status.kind === 'loading' && <div className="banner">Reading the library…</div>}
      {problem && <LibraryProblemBanner problem={problem} onChooseFolder={() => void chooseFolder()} />}
      {progress && <ScanProgressBar progress={progress} />}
      {view === 'briefs' ? (
        <BriefsView entries={library.entries} activeId={activeBriefId} onActivate={activateBrief} />
      ) : isEmpty ? (
        <EmptyLibrary root={library.root} onAdd={() => void addFiles()} />
      ) : (
        <div className="panes">
          <LibraryList
            entries={library.entries}
            version={listVersion}
            selectedId={selectedId}
            query={query}
            onQueryChange={setQuery}
            onSelect={setSelectedId}
            filterRef={filterRef}
            work={workIndex}
            tags={tags}
            missing={missing}
          />
          <Reader id={selectedId} entry={selectedId === null ? undefined : library.entries.get(selectedId)} />
        </div>
      )}
      {managingTags && <TagManager onClose={() => setManagingTags(false)} />}
      {dragging && (
        <div className="drop-overlay" data-testid="drop-overlay">
          <div>Drop article files to add them to the library</div>
        </div>
      )}
    </div>
  );
}

function EmptyLibrary({ root, onAdd }: { root: string | null; onAdd: () => void }): ReactNode {
  return (
    <div className="empty-state" data-testid="empty-state">
      <h1>Your library is empty</h1>
      <p>
        Drop article files anywhere on this window, or{' '}
        <button type="button" className="link" onClick={onAdd}>
          add files
        </button>
        .
      </p>
      <p className="muted">
        Dossier reads plain-text articles: the title on the first line, the date (YYYYMMDD) on the second, the source
        URL on the third, then one paragraph per line. Markdown files with a title, date and url in front matter work
        too.
      </p>
      {root && <p className="muted">Files saved into {root} appear here as they arrive.</p>}
    </div>
  );
}
