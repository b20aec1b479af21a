// Pure: the read the page shows, from main's progress reports and summaries, and what the page says while
// a folder is opened or read and no article is listed yet: that it is being read (how many files, how far),
// never that the library is empty.
import type { LibrarySummary, ScanProgress } from '../../../../src-preload/contract';
import type { LibraryState } from './library-state';

/** A report from main: the read of the open folder, or the opening of another (phase 'listing'). */
export function withProgress(state: LibraryState, progress: ScanProgress): LibraryState {
  const open = state.summary?.root;
  const ours = open === undefined || progress.root === open || progress.root === state.progress?.root;
  // A late report of a folder no longer open; another folder starting to open is always heard.
  if (!ours && progress.phase !== 'listing') return state;
  if (!progress.finished) return { ...state, progress };
  return state.progress?.root === progress.root ? { ...state, progress: null } : state;
}

const PHASES: readonly ScanProgress['phase'][] = ['listing', 'reading', 'indexing'];
const rank = (p: ScanProgress): number => PHASES.indexOf(p.phase) * 2 ** 40 + p.done;

/**
 * The progress to show once this summary is taken. Reports are the news; the summary's own is taken only
 * when it is the page's first of its folder (the page loaded mid-read, or the folder just opened), the
 * further on of the two. A folder whose read is over shows none.
 */
export function progressWith(state: LibraryState, summary: LibrarySummary): ScanProgress | null {
  const held = state.progress;
  const heldHere = held?.root === summary.root ? held : null;
  // Another folder still opening keeps its report: this summary is the old library's.
  if (held !== null && heldHere === null && held.phase === 'listing') return held;
  if (!summary.scanning) return null;
  if (state.summary?.root === summary.root) return heldHere;
  const given = summary.progress ?? null;
  if (heldHere === null || given === null) return heldHere ?? given;
  return rank(given) > rank(heldHere) ? given : heldHere;
}

/** What the page says while a folder is opened or read with no article listed yet. */
export interface ReadingLibraryState {
  /** The folder being read, null before main has said which. */
  readonly root: string | null;
  /** How many files it has, null until its files are found. */
  readonly files: number | null;
  /** How many of them are read so far. */
  readonly done: number;
  /** True while another folder is opening: what the page shows of the library before is not this one. */
  readonly opening: boolean;
}

export function sameReading(a: ReadingLibraryState | null, b: ReadingLibraryState | null): boolean {
  if (a === null || b === null) return a === b;
  return a.root === b.root && a.files === b.files && a.done === b.done && a.opening === b.opening;
}

/** How many files the folder has: unknown while 'listing' has not found them. */
const filesOf = (p: ScanProgress): number | null => (p.phase === 'listing' && p.total === 0 ? null : p.total);
/** How many are read: none while they are being found. */
const doneOf = (p: ScanProgress): number => (p.phase === 'listing' ? 0 : p.done);

/** The reading state to show instead of the list and an empty library, or null when there is none. */
export function readingOf(state: Pick<LibraryState, 'summary' | 'status' | 'progress'>): ReadingLibraryState | null {
  const { summary, status, progress } = state;
  if (progress !== null && progress.root !== summary?.root)
    return { root: progress.root, files: filesOf(progress), done: doneOf(progress), opening: summary !== null };
  if (summary === null) return status.kind === 'loading' ? { root: null, files: null, done: 0, opening: false } : null;
  if (summary.articles + summary.brokenTotal > 0 || !(summary.scanning || progress !== null)) return null;
  return {
    root: summary.root,
    files: progress ? filesOf(progress) : null,
    done: progress ? doneOf(progress) : 0,
    opening: false,
  };
}
