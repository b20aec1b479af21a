// zod schemas for every argument the renderer can send: main trusts nothing it has not parsed.
import { z } from 'zod';
import { ArticleIdSchema } from '../../src-shared/article-id';
import { RELIABILITIES } from '../../src-shared/sources/grades';
import { WorkEnvelopeSchema } from '../../src-shared/work/work-envelope';

/** 64 MB per import call: large enough for hundreds of articles, small enough to bound memory. */
export const MAX_IMPORT_BYTES = 64 * 1024 * 1024;

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
/** A page of entries or hashes at a time: more would be one huge message. */
export const MAX_LOOKUPS = 5000;
export const EntriesArgsSchema = z.tuple([z.array(ArticleIdSchema).max(MAX_LOOKUPS)]);
export const FindByHashesArgsSchema = z.tuple([
  z.array(z.string().min(1).max(128)).max(MAX_LOOKUPS),
  z.string().min(1).max(100),
]);
export const ReadArticleArgsSchema = z.tuple([ArticleIdSchema]);
export const StoryOfArgsSchema = z.tuple([ArticleIdSchema]);
export const StoryIdsArgsSchema = z.tuple([z.array(ArticleIdSchema).max(MAX_LOOKUPS)]);
export const OpenOriginalArgsSchema = z.tuple([ArticleIdSchema]);
export const ImportFilesArgsSchema = z.tuple([IncomingFilesSchema]);
export const OpenExternalArgsSchema = z.tuple([ExternalUrlSchema]);

const FileFilterSchema = z.object({
  name: z.string().min(1).max(100),
  extensions: z
    .array(z.string().regex(/^(\*|[a-z0-9]{1,10})$/i))
    .min(1)
    .max(10),
});

/** 256 MB: a generous ceiling for an exported brief or annotation file. */
export const MAX_SAVE_BYTES = 256 * 1024 * 1024;

export const SaveFileArgsSchema = z.tuple([
  z.object({
    title: z.string().max(200),
    defaultName: z.string().min(1).max(255),
    filters: z.array(FileFilterSchema).max(10),
    content: z.union([
      z.string().max(MAX_SAVE_BYTES),
      z.instanceof(Uint8Array).refine((b) => b.length <= MAX_SAVE_BYTES, 'file too large'),
    ]),
  }),
]);

export const OpenTextFileArgsSchema = z.tuple([
  z.object({ title: z.string().max(200), filters: z.array(FileFilterSchema).max(10) }),
]);

export const BriefFormatSchema = z.enum(['md', 'html', 'pdf', 'docx', 'json']);

const IsoDateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'dates are yyyy-mm-dd');

export const SearchQueryArgsSchema = z.tuple([
  z.object({
    text: z.string().max(1000),
    filters: z.object({
      dateFrom: IsoDateSchema.optional(),
      dateTo: IsoDateSchema.optional(),
      domains: z.array(z.string().max(255)).max(100).optional(),
      tags: z.array(z.string().max(200)).max(50).optional(),
      colours: z.array(z.string().max(20)).max(10).optional(),
      annotated: z.boolean().optional(),
      folder: z.string().max(4096).optional(),
      languages: z.array(z.string().max(35)).max(50).optional(),
      grades: z.array(z.enum(RELIABILITIES)).max(RELIABILITIES.length).optional(),
    }),
    sort: z.enum(['relevance', 'date', 'title', 'grade']),
    offset: z.number().int().min(0).max(10_000_000),
    limit: z.number().int().min(1).max(1000),
    groupStories: z.boolean().optional(),
  }),
]);

/** The source register's grades: an outlet's domain (as the catalog names it) with its reliability A–F. */
export const SourceGradesArgsSchema = z.tuple([
  z.array(z.object({ domain: z.string().min(1).max(253), reliability: z.enum(RELIABILITIES) })).max(200_000),
]);

/**
 * A library's id and its annotations. Each record is checked on its own (search/annotation-docs.ts), so one
 * bad record is left out and reported instead of refusing the whole set.
 */
export const AnnotationDocsArgsSchema = z.tuple([z.string().min(1).max(100), z.array(z.unknown()).max(500_000)]);

/** The work document's frame is checked here; its records are checked by the page when it reads them back. */
export const SaveSnapshotArgsSchema = z.tuple([
  z.object({ reason: z.enum(['auto', 'import', 'restore']), document: WorkEnvelopeSchema }),
]);
export const ReadSnapshotArgsSchema = z.tuple([z.string().min(1).max(200)]);
