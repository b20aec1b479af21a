// "Add to brief" for a highlight: pick one of the briefs (or a new one); it lands in the last section.
import type { ReactNode } from 'react';
import { addHighlightToBrief, briefsNewestFirst } from '../../db/briefs';
import { inDb, useLive } from '../../db/live';
import type { Highlight } from '../../db/schema';
import { useToasts } from '../../ui/toasts';

const NEW = '__new__';

export function AddToBrief({ highlight }: { highlight: Highlight }): ReactNode {
  const toasts = useToasts();
  const briefs = useLive(briefsNewestFirst) ?? [];
  return (
    <select
      aria-label="Add to brief"
      value=""
      onChange={(e) => {
        const choice = e.target.value;
        if (!choice) return;
        void inDb(addHighlightToBrief, choice === NEW ? null : choice, highlight).then(
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
