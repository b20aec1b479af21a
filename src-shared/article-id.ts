// The one schema every article id from outside passes (IPC arguments, annotation docs, imported briefs):
// a root-relative path, bounded, with no NUL (which would cut a path short in the file system).
import { z } from 'zod';

export const ArticleIdSchema = z
  .string()
  .min(1)
  .max(4096)
  .refine((id) => !id.includes('\0'), 'article id holds a NUL character');
