// The tags the analyst put on the open library's articles (their notes'), by article id, kept current: the
// evidence table and the timeline filter a highlight by them too, and the timeline groups by them.
import { useLive } from '../../db/live';
import { articleTagsOf } from '../../db/tags';
import { useLibraryId } from '../library/library-context';

const NO_TAGS: ReadonlyMap<string, string[]> = new Map();

export function useArticleTags(): ReadonlyMap<string, string[]> {
  return useLive(articleTagsOf, useLibraryId()) ?? NO_TAGS;
}
