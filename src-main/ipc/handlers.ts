// The handler table: one handler per channel of the contract (a missing one does not compile), each
// parsing its arguments from unknown before it touches a service.
import { basename, dirname } from 'node:path';
import type { FileFilter, InvokeChannel, InvokeResult } from '../../src-preload/contract';
import { removeStaleTemps, writeFileAtomic, type AtomicFileOps } from '../files/atomic-write';
import { ExportedFiles } from '../files/exported-files';
import { readRegularFile } from '../files/read-regular-file';
import type { LibraryService } from '../library/library-service';
import type { LegacyWork } from '../services/legacy-work';
import type { NoticeBoard } from '../services/notices';
import type { SettingsStore } from '../settings/settings';
import type { SnapshotStore } from '../snapshots/snapshot-store';
import { isSafeExternalUrl } from '../window/external-links';
import {
  EntriesArgsSchema,
  FindByHashesArgsSchema,
  ImportFilesArgsSchema,
  MAX_SAVE_BYTES,
  NoArgsSchema,
  OpenExternalArgsSchema,
  OpenTextFileArgsSchema,
  ReadArticleArgsSchema,
  SaveFileArgsSchema,
  SearchQueryArgsSchema,
  AnnotationDocsArgsSchema,
  ReadSnapshotArgsSchema,
  SaveSnapshotArgsSchema,
  StoryIdsArgsSchema,
  StoryOfArgsSchema,
} from './schemas';
import type { z } from 'zod';
import type { PdfPrinter } from '../../src-shared/briefs/export-brief';
import { annotationReport, checkAnnotationDocs } from '../search/annotation-docs';
import { createExportHandlers } from './export-handlers';
import { createOriginalHandlers } from './original-handlers';

export type HandlerTable = {
  readonly [C in InvokeChannel]: (...args: unknown[]) => Promise<InvokeResult<C>>;
};

/** Native dialogs live in main; the end-to-end host passes scripted ones. */
export interface Dialogs {
  chooseLibraryFolder(): Promise<string | null>;
  chooseArticleFiles(): Promise<string[]>;
  chooseSavePath(options: {
    title: string;
    defaultName: string;
    filters: readonly FileFilter[];
    /** Where the dialog opens: the folder last exported to, when it is still there. */
    defaultFolder?: string;
  }): Promise<string | null>;
  chooseOpenFile(options: { title: string; filters: readonly FileFilter[] }): Promise<string | null>;
}

export interface HandlerServices {
  readonly library: LibraryService;
  /** The chosen library folder and the export dialog's memory; tests pass an in-memory store. */
  readonly settings: Pick<SettingsStore, 'update' | 'load'>;
  readonly dialogs: Dialogs;
  /** Where the notices the page takes wait (services/notices.ts). */
  readonly notices: Pick<NoticeBoard, 'take'>;
  /** The work kept from the page's old file:// origin (services/legacy-work.ts). */
  readonly legacyWork: Pick<LegacyWork, 'take' | 'moved'>;
  /** The analyst's work on disk, in userData/snapshots. */
  readonly snapshots: Pick<SnapshotStore, 'save' | 'list' | 'read'>;
  openExternal(url: string): Promise<void>;
  /** Electron's printToPDF in the app; headless Chromium's PDF of the same HTML in the tests. */
  readonly printPdf: PdfPrinter;
  /**
   * Opens or shows a file the app exported, or an article's original (Electron's shell); the end-to-end host
   * records the calls.
   */
  readonly fileShell?: {
    openPath(path: string): Promise<string>;
    showItemInFolder(path: string): void;
  };
  /** The file operations saves write with; tests inject a full disk through them. */
  readonly fileOps?: AtomicFileOps;
}

export class InvalidArgumentsError extends Error {
  constructor(channel: string, detail: string) {
    super(`invalid arguments for ${channel}: ${detail}`);
    this.name = 'InvalidArgumentsError';
  }
}

function parse<S extends z.ZodType>(channel: InvokeChannel, schema: S, args: unknown[]): z.infer<S> {
  const result = schema.safeParse(args);
  if (!result.success) {
    throw new InvalidArgumentsError(channel, result.error.issues.map((issue) => issue.message).join('; '));
  }
  return result.data;
}

export function createHandlerTable(services: HandlerServices): HandlerTable {
  const { library, settings, dialogs, snapshots } = services;
  const exported = new ExportedFiles();
  /** All or nothing: a failure keeps the old file and says so (WriteFailedError); a crash's leftovers are swept. */
  const save = async (path: string, data: string | Uint8Array): Promise<string> => {
    await writeFileAtomic(path, data, { ops: services.fileOps });
    await removeStaleTemps(dirname(path), services.fileOps);
    return path;
  };
  return {
    ...createExportHandlers(services, { parse, save, exported }),
    ...createOriginalHandlers(services, { parse }),
    'library:get': async (...args) => {
      parse('library:get', NoArgsSchema, args);
      return library.summary();
    },
    'library:entries': async (...args) => {
      const [ids] = parse('library:entries', EntriesArgsSchema, args);
      return library.entriesOf(ids);
    },
    'library:find-by-hashes': async (...args) => {
      const [hashes, libraryId] = parse('library:find-by-hashes', FindByHashesArgsSchema, args);
      return library.findByHashes(hashes, libraryId);
    },
    'library:choose-folder': async (...args) => {
      parse('library:choose-folder', NoArgsSchema, args);
      const folder = await dialogs.chooseLibraryFolder();
      if (folder === null) return null;
      const summary = await library.open(folder);
      await settings.update({ libraryRoot: folder });
      return summary;
    },
    'library:retry': async (...args) => {
      parse('library:retry', NoArgsSchema, args);
      return library.retry();
    },
    'app:take-notices': async (...args) => {
      parse('app:take-notices', NoArgsSchema, args);
      return services.notices.take();
    },
    'app:take-legacy-work': async (...args) => {
      parse('app:take-legacy-work', NoArgsSchema, args);
      return services.legacyWork.take();
    },
    'app:legacy-work-moved': async (...args) => {
      parse('app:legacy-work-moved', NoArgsSchema, args);
      await services.legacyWork.moved();
      return null;
    },
    'library:import-files': async (...args) => {
      const [files] = parse('library:import-files', ImportFilesArgsSchema, args);
      return library.importFiles(files);
    },
    'library:add-files-dialog': async (...args) => {
      parse('library:add-files-dialog', NoArgsSchema, args);
      const paths = await dialogs.chooseArticleFiles();
      return paths.length === 0 ? null : library.importPaths(paths);
    },
    'articles:read': async (...args) => {
      const [id] = parse('articles:read', ReadArticleArgsSchema, args);
      return library.readArticle(id);
    },
    'shell:open-external': async (...args) => {
      const [url] = parse('shell:open-external', OpenExternalArgsSchema, args);
      if (!isSafeExternalUrl(url)) return false;
      await services.openExternal(url);
      return true;
    },
    'files:save': async (...args) => {
      const [{ content, ...options }] = parse('files:save', SaveFileArgsSchema, args);
      const path = await dialogs.chooseSavePath(options);
      if (path === null) return null;
      await save(path, content);
      exported.remember(path);
      return path;
    },
    'search:query': async (...args) => {
      const [query] = parse('search:query', SearchQueryArgsSchema, args);
      return library.search(query);
    },
    'search:set-annotations': async (...args) => {
      const [libraryId, records] = parse('search:set-annotations', AnnotationDocsArgsSchema, args);
      const checked = checkAnnotationDocs(records);
      const { applied, refused } = await library.setAnnotations(libraryId, checked.docs);
      return annotationReport(applied, checked, refused);
    },
    'stories:of': async (...args) => {
      const [id] = parse('stories:of', StoryOfArgsSchema, args);
      return library.story(id);
    },
    'stories:ids': async (...args) => {
      const [ids] = parse('stories:ids', StoryIdsArgsSchema, args);
      return library.storyIds(ids);
    },
    'library:cancel-scan': async (...args) => {
      parse('library:cancel-scan', NoArgsSchema, args);
      library.cancelScan();
      return null;
    },
    'files:open-text': async (...args) => {
      const [options] = parse('files:open-text', OpenTextFileArgsSchema, args);
      const path = await dialogs.chooseOpenFile(options);
      if (path === null) return null;
      // Opened once and checked on that descriptor: a FIFO or a device picked in the dialog never hangs main.
      const read = await readRegularFile(path, MAX_SAVE_BYTES);
      if (!read.ok) {
        throw new Error(`${basename(path)} ${read.refusal === 'too-large' ? 'is too large' : 'is not a file'} to open`);
      }
      return { name: basename(path), text: new TextDecoder().decode(read.bytes) };
    },
    'snapshots:save': async (...args) => {
      const [{ document, reason }] = parse('snapshots:save', SaveSnapshotArgsSchema, args);
      return snapshots.save(document, reason);
    },
    'snapshots:list': async (...args) => {
      parse('snapshots:list', NoArgsSchema, args);
      return snapshots.list();
    },
    'snapshots:read': async (...args) => {
      const [id] = parse('snapshots:read', ReadSnapshotArgsSchema, args);
      return snapshots.read(id);
    },
  };
}
