// "Open original": the file an article was read from, opened in the system's viewer for it, and only a file of
// the open library (files/original-file.ts), never a path the page makes up.
import type { InvokeChannel } from '../../src-preload/contract';
import { originalFilePath } from '../files/original-file';
import type { HandlerServices, HandlerTable } from './handlers';
import { OpenOriginalArgsSchema } from './schemas';
import type { z } from 'zod';

export interface OriginalHandlerDeps {
  parse<S extends z.ZodType>(channel: InvokeChannel, schema: S, args: unknown[]): z.infer<S>;
}

export function createOriginalHandlers(
  services: HandlerServices,
  { parse }: OriginalHandlerDeps,
): Pick<HandlerTable, 'files:open-original'> {
  const { library } = services;
  return {
    'files:open-original': async (...args) => {
      const [id] = parse('files:open-original', OpenOriginalArgsSchema, args);
      const root = library.currentRoot;
      if (root === null) throw new Error('no library folder is open');
      const path = await originalFilePath(root, id, (library.entriesOf([id])[0] ?? null) !== null);
      if (services.fileShell === undefined) throw new Error('opening files is not available here');
      const failure = await services.fileShell.openPath(path);
      if (failure !== '') throw new Error(`The original could not be opened: ${failure}`);
      return null;
    },
  };
}
