// The contract's files domain: files the page asks main to save or open through native dialogs.
// Types only.

export interface FileFilter {
  readonly name: string;
  readonly extensions: readonly string[];
}

/** A file the page wants saved where the analyst chooses, through main's native save dialog. */
export interface SaveFileRequest {
  readonly title: string;
  readonly defaultName: string;
  readonly filters: readonly FileFilter[];
  readonly content: string | Uint8Array;
}

export interface OpenTextFileRequest {
  readonly title: string;
  readonly filters: readonly FileFilter[];
}

export interface OpenedTextFile {
  readonly name: string;
  readonly text: string;
}

/**
 * A file the app itself wrote in this session, named by the path its save returned. Main opens or shows only
 * such files: a path the page makes up is refused.
 */
export type ExportedPath = string;
