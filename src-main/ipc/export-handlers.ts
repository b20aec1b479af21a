// The export handlers: a brief rendered with the analyst's options and saved where they choose (the save
// dialog opening in the folder last exported to), the choices remembered for next time, and Open and
// Show in folder for a file this session exported, and for no other path.
import { stat } from 'node:fs/promises';
import { dirname } from 'node:path';
import { z } from 'zod';
import type { ExportChoices, ExportPreferences, InvokeChannel } from '../../src-preload/contract';
import { validateBrief } from '../../src-shared/briefs/brief-json';
import { exportBrief, fileSlug, FORMAT_NAMES } from '../../src-shared/briefs/export-brief';
import { BriefExportOptionsSchema, DEFAULT_EXPORT_OPTIONS } from '../../src-shared/briefs/export-options';
import type { ExportedFiles } from '../files/exported-files';
import type { HandlerServices, HandlerTable } from './handlers';
import { BriefFormatSchema, NoArgsSchema } from './schemas';

/** The document is checked in full by validateBrief, which names the field that is wrong. */
const ExportBriefArgsSchema = z.tuple([
  z.object({
    document: z.unknown(),
    format: BriefFormatSchema,
    options: BriefExportOptionsSchema.optional(),
    kind: z.enum(['brief', 'article']).optional(),
  }),
]);
const ExportedPathArgsSchema = z.tuple([z.string().min(1).max(4096)]);

type ExportChannels = 'briefs:export' | 'briefs:export-preferences' | 'files:open-exported' | 'files:show-exported';

export interface ExportHandlerDeps {
  parse<S extends z.ZodType>(channel: InvokeChannel, schema: S, args: unknown[]): z.infer<S>;
  /** Writes the file atomically and returns its path. */
  save(path: string, data: Uint8Array): Promise<string>;
  readonly exported: ExportedFiles;
}

/** The remembered folder, if it is still there (a drive unplugged since is not offered). */
async function existingFolder(folder: string | undefined): Promise<string | undefined> {
  if (folder === undefined) return undefined;
  try {
    return (await stat(folder)).isDirectory() ? folder : undefined;
  } catch {
    return undefined;
  }
}

export function createExportHandlers(
  services: HandlerServices,
  { parse, save, exported }: ExportHandlerDeps,
): Pick<HandlerTable, ExportChannels> {
  const { settings, dialogs } = services;
  const shell = (): NonNullable<HandlerServices['fileShell']> => {
    if (services.fileShell === undefined) throw new Error('opening files is not available here');
    return services.fileShell;
  };
  return {
    'briefs:export': async (...args) => {
      const [request] = parse('briefs:export', ExportBriefArgsSchema, args);
      const document = validateBrief(request.document);
      const options = request.options ?? DEFAULT_EXPORT_OPTIONS;
      const rendered = await exportBrief(document, request.format, services.printPdf, options);
      const remembered = await settings.load();
      const defaultFolder = await existingFolder(remembered.exportFolder);
      const path = await dialogs.chooseSavePath({
        title: request.kind === 'article' ? 'Export article' : 'Export brief',
        defaultName: `${fileSlug(document.title)}.${rendered.extension}`,
        filters: [{ name: FORMAT_NAMES[request.format], extensions: [rendered.extension] }],
        ...(defaultFolder === undefined ? {} : { defaultFolder }),
      });
      if (path === null) return null;
      await save(path, rendered.bytes);
      exported.remember(path);
      const choices: ExportChoices = { format: request.format, options };
      const kept = (await settings.load()).exportChoices ?? {};
      // Remembering is a convenience: a settings file that cannot be written must not fail the export.
      await settings
        .update({
          exportFolder: dirname(path),
          ...(request.kind === undefined ? {} : { exportChoices: { ...kept, [request.kind]: choices } }),
        })
        .catch(() => undefined);
      return path;
    },
    'briefs:export-preferences': async (...args) => {
      parse('briefs:export-preferences', NoArgsSchema, args);
      const remembered = await settings.load();
      const preferences: ExportPreferences = {
        brief: remembered.exportChoices?.brief ?? null,
        article: remembered.exportChoices?.article ?? null,
        folder: remembered.exportFolder ?? null,
      };
      return preferences;
    },
    'files:open-exported': async (...args) => {
      const [path] = parse('files:open-exported', ExportedPathArgsSchema, args);
      const failure = await shell().openPath(exported.check(path));
      if (failure !== '') throw new Error(`The file could not be opened: ${failure}`);
      return null;
    },
    'files:show-exported': async (...args) => {
      const [path] = parse('files:show-exported', ExportedPathArgsSchema, args);
      shell().showItemInFolder(exported.check(path));
      return null;
    },
  };
}
