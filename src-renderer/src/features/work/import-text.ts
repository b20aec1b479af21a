// What a file to import holds, kind by kind, as the import preview says it.
import type { ImportContents } from '../../db/import-plan';
import { plural } from '../../ui/format';

/** "In it: 3 highlights, 2 article notes and 2 ACH matrices.": the kinds it holds any of. */
export function contentsText(contents: ImportContents): string {
  const parts = [
    [contents.highlights, 'highlight', 'highlights'],
    [contents.notes, 'article note', 'article notes'],
    [contents.briefs, 'brief', 'briefs'],
    [contents.matrices, 'ACH matrix', 'ACH matrices'],
    [contents.sources, 'source', 'sources'],
    [contents.links, 'link between highlights', 'links between highlights'],
  ] as const;
  const held = parts.filter(([n]) => n > 0).map(([n, one, many]) => plural(n, one, many));
  if (held.length === 0) return 'There is no work in it.';
  const last = held.pop();
  return `In it: ${held.length > 0 ? `${held.join(', ')} and ${last}` : last}.`;
}
