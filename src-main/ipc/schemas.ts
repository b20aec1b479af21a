// zod schemas for every argument the renderer can send: main trusts nothing it has not parsed.
import { z } from 'zod';

/** 64 MB per import call: large enough for hundreds of articles, small enough to bound memory. */
export const MAX_IMPORT_BYTES = 64 * 1024 * 1024;

export const ArticleIdSchema = z
  .string()
  .min(1)
  .max(4096)
  .refine((id) => !id.includes('\0'), 'article id holds a NUL character');

export const IncomingFileSchema = z.object({
  name: z.string().min(1).max(1024),
  bytes: z.instanceof(Uint8Array),
});

export const IncomingFilesSchema = z
  .array(IncomingFileSchema)
  .max(2000)
  .refine((files) => files.reduce((sum, f) => sum + f.bytes.length, 0) <= MAX_IMPORT_BYTES, {
    message: `at most ${MAX_IMPORT_BYTES / (1024 * 1024)} MB can be added at once`,
  });

export const ExternalUrlSchema = z.string().min(1).max(8192);

export const NoArgsSchema = z.tuple([]);
export const ReadArticleArgsSchema = z.tuple([ArticleIdSchema]);
export const ImportFilesArgsSchema = z.tuple([IncomingFilesSchema]);
export const OpenExternalArgsSchema = z.tuple([ExternalUrlSchema]);

const FileFilterSchema = z.object({
  name: z.string().min(1).max(100),
  extensions: z.array(z.string().regex(/^(\*|[a-z0-9]{1,10})$/i)).min(1).max(10),
});

/** 256 MB: a generous ceiling for an exported brief or annotation file. */
export const MAX_SAVE_BYTES = 256 * 1024 * 1024;

export const SaveFileArgsSchema = z.tuple([
  z.object({
    title: z.string().max(200),
    defaultName: z.string().min(1).max(255),
    filters: z.array(FileFilterSchema).max(10),
    content: z.union([z.string().max(MAX_SAVE_BYTES), z.instanceof(Uint8Array).refine((b) => b.length <= MAX_SAVE_BYTES, 'file too large')]),
  }),
]);

export const OpenTextFileArgsSchema = z.tuple([
  z.object({ title: z.string().max(200), filters: z.array(FileFilterSchema).max(10) }),
]);

export const BriefFormatSchema = z.enum(['md', 'html', 'pdf', 'docx', 'json']);
