// "Add to brief" for a highlight: pick one of the briefs (or a new one); it lands in the last section.
import { useLiveQuery } from 'dexie-react-hooks';
import type { ReactNode } from 'react';
import { addItems } from '../../db/brief-edit';
import { createBrief, saveBrief } from '../../db/briefs';
import { getDb } from '../../db/db';
import type { Highlight } from '../../db/schema';
import { useToasts } from '../../ui/toasts';

const NEW = '__new__';

export async function addHighlightToBrief(briefId: string | null, highlight: Highlight): Promise<string> {
  const db = getDb();
  const brief = (briefId ? await db.briefs.get(briefId) : undefined) ?? (await createBrief(db));
  const item = {
    highlightId: highlight.id,
    comment: '',
    quote: highlight.quote.exact,
    articleId: highlight.articleId,
    articleTitle: highlight.articleTitle,
  };
  await saveBrief(db, addItems(brief, [item]));
  return brief.title;
}

export function AddToBrief({ highlight }: { highlight: Highlight }): ReactNode {
  const toasts = useToasts();
  const briefs =
    useLiveQuery(
      () =>
        getDb()
          .briefs.orderBy('updatedAt')
          .toArray()
          .then((list) => list.toReversed()),
      [],
    ) ?? [];
  return (
    <select
      aria-label="Add to brief"
      value=""
      onChange={(e) => {
        const choice = e.target.value;
        if (!choice) return;
        void addHighlightToBrief(choice === NEW ? null : choice, highlight).then(
          (title) => toasts.push('success', `Added to “${title}”.`),
          (error: unknown) => toasts.push('error', 'The highlight could not be added.', [String(error)]),
        );
      }}
    >
      <option value="">Add to brief…</option>
      {briefs.map((b) => (
        <option key={b.id} value={b.id}>
          {b.title}
        </option>
      ))}
      <option value={NEW}>New brief</option>
    </select>
  );
}
