// The handler table: one handler per channel of the contract (a missing one does not compile), each
// parsing its arguments from unknown before it touches a service.
import { basename, dirname } from 'node:path';
import type { FileFilter, InvokeChannel, InvokeResult } from '../../src-preload/contract';
import { removeStaleTemps, writeFileAtomic, type AtomicFileOps } from '../files/atomic-write';
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
  BriefFormatSchema,
  SearchQueryArgsSchema,
  AnnotationDocsArgsSchema,
  ReadSnapshotArgsSchema,
  SaveSnapshotArgsSchema,
} from './schemas';
import { z } from 'zod';
import { validateBrief } from '../../src-shared/briefs/brief-json';
import { exportBrief, fileSlug, FORMAT_NAMES } from '../../src-shared/briefs/export-brief';
import { annotationReport, checkAnnotationDocs } from '../search/annotation-docs';

/** The document is checked in full by validateBrief, which names the field that is wrong. */
const ExportBriefArgsSchema = z.tuple([z.object({ document: z.unknown(), format: BriefFormatSchema })]);

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
  }): Promise<string | null>;
  chooseOpenFile(options: { title: string; filters: readonly FileFilter[] }): Promise<string | null>;
}

export interface HandlerServices {
  readonly library: LibraryService;
  /** Only remembering the chosen folder is needed here; tests pass an in-memory store. */
  readonly settings: Pick<SettingsStore, 'update'>;
  readonly dialogs: Dialogs;
  /** Where the notices the page takes wait (services/notices.ts). */
  readonly notices: Pick<NoticeBoard, 'take'>;
  /** The work kept from the page's old file:// origin (services/legacy-work.ts). */
  readonly legacyWork: Pick<LegacyWork, 'take' | 'moved'>;
  /** The analyst's work on disk, in userData/snapshots. */
  readonly snapshots: Pick<SnapshotStore, 'save' | 'list' | 'read'>;
  openExternal(url: string): Promise<void>;
  /** Electron's printToPDF in the app; headless Chromium's PDF of the same HTML in the tests. */
  printPdf(html: string): Promise<Uint8Array>;
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
  /** All or nothing: a failure keeps the old file and says so (WriteFailedError); a crash's leftovers are swept. */
  const save = async (path: string, data: string | Uint8Array): Promise<string> => {
    await writeFileAtomic(path, data, { ops: services.fileOps });
    await removeStaleTemps(dirname(path), services.fileOps);
    return path;
  };
  return {
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
      return path === null ? null : save(path, content);
    },
    'briefs:export': async (...args) => {
      const [request] = parse('briefs:export', ExportBriefArgsSchema, args);
      const document = validateBrief(request.document);
      const rendered = await exportBrief(document, request.format, services.printPdf);
      const path = await dialogs.chooseSavePath({
        title: 'Export brief',
        defaultName: `${fileSlug(document.title)}.${rendered.extension}`,
        filters: [{ name: FORMAT_NAMES[request.format], extensions: [rendered.extension] }],
      });
      return path === null ? null : save(path, rendered.bytes);
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
