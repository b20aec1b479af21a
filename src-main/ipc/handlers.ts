// The handler table: one handler per channel of the contract (a missing one does not compile), each
// parsing its arguments from unknown before it touches a service.
import type { z } from 'zod';
import type { InvokeChannel, InvokeResult } from '../../src-preload/contract';
import type { LibraryService } from '../library/library-service';
import type { SettingsStore } from '../library/settings';
import { isSafeExternalUrl } from '../window/external-links';
import { ImportFilesArgsSchema, NoArgsSchema, OpenExternalArgsSchema, ReadArticleArgsSchema } from './schemas';

export type HandlerTable = {
  readonly [C in InvokeChannel]: (...args: unknown[]) => Promise<InvokeResult<C>>;
};

/** Native dialogs live in main; the end-to-end host passes scripted ones. */
export interface Dialogs {
  chooseLibraryFolder(): Promise<string | null>;
  chooseArticleFiles(): Promise<string[]>;
}

export interface MainServices {
  readonly library: LibraryService;
  readonly settings: SettingsStore;
  readonly dialogs: Dialogs;
  openExternal(url: string): Promise<void>;
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

export function createHandlerTable(services: MainServices): HandlerTable {
  const { library, settings, dialogs } = services;
  return {
    'library:get': async (...args) => {
      parse('library:get', NoArgsSchema, args);
      return library.snapshot();
    },
    'library:choose-folder': async (...args) => {
      parse('library:choose-folder', NoArgsSchema, args);
      const folder = await dialogs.chooseLibraryFolder();
      if (folder === null) return null;
      const snapshot = await library.open(folder);
      await settings.update({ libraryRoot: folder });
      return snapshot;
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
  };
}
