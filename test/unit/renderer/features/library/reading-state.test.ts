// What the page says while a folder opens or is read: from the first frame until its first article is
// listed, that it is being read (with the file count once known, and how far), never that it is empty; and
// the progress it shows, from main's reports and summaries in whatever order they come.
import { describe, expect, it } from 'vitest';
import type { LibrarySummary, ScanProgress } from '../../../../../src-preload/contract';
import {
  INITIAL_LIBRARY,
  withDelta,
  withFailure,
  withSummary,
  type LibraryState,
} from '../../../../../src-renderer/src/features/library/library-state';
import { readingOf, sameReading, withProgress } from '../../../../../src-renderer/src/features/library/reading-state';
import { emptySummary } from '../../../../support/library-summary';

function summary(root: string, version: number, changes: Partial<LibrarySummary> = {}): LibrarySummary {
  return { ...emptySummary(root, version), ...changes };
}

function report(
  root: string,
  phase: ScanProgress['phase'],
  done: number,
  total: number,
  finished = false,
): ScanProgress {
  return { root, phase, done, total, filesPerSecond: 0, etaMs: null, finished, cancelled: false };
}

const reading = (state: LibraryState) => readingOf(state);

describe('the reading state', () => {
  it('says the library is being read from the first frame, before main has said which', () => {
    expect(reading(INITIAL_LIBRARY)).toEqual({ root: null, files: null, done: 0, opening: false });
    expect(reading(withFailure(INITIAL_LIBRARY, 'no reply'))).toBeNull();
  });

  it('shows the file count and how far the read is in a page loaded mid-read', () => {
    const state = withSummary(
      INITIAL_LIBRARY,
      summary('/big', 3, { scanning: true, progress: report('/big', 'reading', 250, 6317) }),
    );
    expect(state.progress).toMatchObject({ phase: 'reading', done: 250 });
    expect(reading(state)).toEqual({ root: '/big', files: 6317, done: 250, opening: false });
    // The reports that follow are the news; later summaries do not take the bar back.
    const later = withProgress(state, report('/big', 'reading', 1000, 6317));
    expect(
      withSummary(later, summary('/big', 4, { scanning: true, progress: report('/big', 'reading', 500, 6317) }))
        .progress,
    ).toMatchObject({ done: 1000 });
  });

  it('keeps the further on of a report heard before the first summary and the summary’s own', () => {
    const early = withProgress(INITIAL_LIBRARY, report('/big', 'reading', 750, 6317));
    const taken = withSummary(
      early,
      summary('/big', 3, { scanning: true, progress: report('/big', 'reading', 500, 6317) }),
    );
    expect(taken.progress).toMatchObject({ done: 750 });
    const behind = withSummary(
      early,
      summary('/big', 3, { scanning: true, progress: report('/big', 'indexing', 0, 6317) }),
    );
    expect(behind.progress).toMatchObject({ phase: 'indexing' });
  });

  it('says another folder is being read from the moment it starts opening (Change folder…), then its count', () => {
    let state = withSummary(INITIAL_LIBRARY, summary('/old', 3, { articles: 40 }));
    expect(reading(state)).toBeNull();
    state = withProgress(state, report('/new', 'listing', 0, 0));
    expect(reading(state)).toEqual({ root: '/new', files: null, done: 0, opening: true });
    // A summary of the old library answered meanwhile does not end the opening.
    state = withSummary(state, summary('/old', 3, { articles: 40 }));
    expect(reading(state)).toMatchObject({ root: '/new', opening: true });
    // The new folder's summary comes first, then the files it found, then their read.
    state = withSummary(state, summary('/new', 4, { scanning: true }));
    expect(reading(state)).toEqual({ root: '/new', files: null, done: 0, opening: false });
    state = withProgress(state, report('/new', 'listing', 6317, 6317));
    expect(reading(state)).toEqual({ root: '/new', files: 6317, done: 0, opening: false });
    state = withProgress(state, report('/new', 'reading', 0, 6317));
    state = withProgress(state, report('/new', 'reading', 250, 6317));
    expect(reading(state)).toEqual({ root: '/new', files: 6317, done: 250, opening: false });
    // Its first articles listed: the list shows them, and the reading state gives way.
    state = withSummary(state, summary('/new', 6, { scanning: true, articles: 250 }));
    expect(reading(state)).toBeNull();
    expect(state.progress).toMatchObject({ phase: 'reading', done: 250 });
  });

  it('gives the old library back when the new folder cannot be opened', () => {
    let state = withSummary(INITIAL_LIBRARY, summary('/old', 3, { articles: 40 }));
    state = withProgress(state, report('/gone', 'listing', 0, 0));
    state = withProgress(state, report('/gone', 'listing', 0, 0, true));
    expect(state.progress).toBeNull();
    expect(reading(state)).toBeNull();
  });

  it('shows a folder the catalog knew at once: its opening ends with the new summary', () => {
    let state = withSummary(INITIAL_LIBRARY, summary('/old', 3, { articles: 40 }));
    state = withProgress(state, report('/warm', 'listing', 0, 0));
    state = withSummary(state, summary('/warm', 4, { scanning: true, articles: 27_800 }));
    expect(reading(state)).toBeNull();
    state = withProgress(state, report('/warm', 'listing', 27_800, 27_800, true));
    expect(state.progress).toBeNull();
  });

  it('ignores a late report of a folder no longer open, and ends with the read', () => {
    let state = withSummary(INITIAL_LIBRARY, summary('/new', 4, { scanning: true }));
    state = withProgress(state, report('/new', 'reading', 10, 20));
    expect(withProgress(state, report('/old', 'indexing', 5, 9))).toBe(state);
    expect(withProgress(state, report('/old', 'indexing', 9, 9, true))).toBe(state);
    expect(withProgress(state, report('/new', 'indexing', 20, 20, true)).progress).toBeNull();
    // A summary saying the read is over ends the bar too (its last report may have come before the page).
    const over = withSummary(withDelta(state, { root: '/new', version: 5, upserted: [], removed: [], renamed: [] }), {
      ...summary('/new', 5, { articles: 20 }),
    });
    expect(over.progress).toBeNull();
  });

  it('lets an empty folder say it is empty once it has been read', () => {
    let state = withSummary(INITIAL_LIBRARY, summary('/empty', 2, { scanning: true }));
    expect(reading(state)).toMatchObject({ root: '/empty', files: null });
    state = withSummary(state, summary('/empty', 3));
    expect(reading(state)).toBeNull();
  });

  it('is the same while it says the same', () => {
    const a = { root: '/a', files: 3, done: 1, opening: false };
    expect(sameReading(a, { ...a })).toBe(true);
    expect(sameReading(a, { ...a, done: 2 })).toBe(false);
    expect(sameReading(null, null)).toBe(true);
    expect(sameReading(a, null)).toBe(false);
  });
});
