// The contract's snapshots domain: the analyst's whole work as one JSON document, which main keeps in
// rotating snapshot files in the app's data folder and the page exports and imports. Types only.

/** Why a snapshot was taken: after changes (auto), or just before an import or a restore replaced work. */
export type SnapshotReason = 'auto' | 'import' | 'restore';

export interface WorkCounts {
  readonly highlights: number;
  /** Highlights and articles that carry a note. */
  readonly notes: number;
  readonly briefs: number;
  /** ACH matrices (0 in a snapshot from before them). */
  readonly matrices: number;
}

export interface SnapshotInfo {
  /** The snapshot's file name, which is also how the page asks for it. */
  readonly id: string;
  /** When it was taken, in ms since the epoch. */
  readonly takenAt: number;
  readonly reason: SnapshotReason;
  readonly counts: WorkCounts;
}

/**
 * All the analyst's work: a W3C AnnotationCollection (highlights, notes, tags and credibility as Web
 * Annotations) that also carries the briefs, the palette, the tags in use, the source register (grades with
 * their history), the links between highlights and the ACH matrices, under "dossier:" keys, with a format version.
 * Main checks its frame and counts; the page checks every record when it reads one back.
 */
export interface WorkDocument {
  readonly type: 'AnnotationCollection';
  readonly 'dossier:format': 'dossier-work';
  readonly 'dossier:version': number;
  readonly items: readonly unknown[];
  readonly [key: string]: unknown;
}

export interface SaveSnapshotRequest {
  readonly reason: SnapshotReason;
  readonly document: WorkDocument;
}

export interface SavedSnapshot {
  readonly snapshot: SnapshotInfo;
  /** False when the work was identical to the latest snapshot, which then stands for it. */
  readonly written: boolean;
}

export interface SnapshotList {
  /** The folder the snapshot files are in, to tell the analyst where their work is on disk. */
  readonly folder: string;
  /** Newest first. */
  readonly snapshots: readonly SnapshotInfo[];
}
