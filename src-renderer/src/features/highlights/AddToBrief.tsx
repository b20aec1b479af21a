// "Add to brief" for a highlight: pick one of the briefs (or a new one); it lands in the last section. The
// briefs that already hold it are marked, and picking one says so instead of adding it twice.
import { useId, type ReactNode } from 'react';
import { briefHolds, briefsNewestFirst, placeHighlightInBrief } from '../../db/briefs';
import { inDb, useLive } from '../../db/live';
import type { Highlight } from '../../db/schema';
import { useToasts } from '../../ui/toasts';

const NEW = '__new__';

export function AddToBrief({ highlight }: { highlight: Highlight }): ReactNode {
  const toasts = useToasts();
  const briefs = useLive(briefsNewestFirst) ?? [];
  const holding = briefs.filter((b) => briefHolds(b, highlight.id));
  const inBriefsId = useId();
  return (
    <>
      <select
        aria-label="Add to brief"
        aria-describedby={holding.length > 0 ? inBriefsId : undefined}
        value=""
        onChange={(e) => {
          const choice = e.target.value;
          if (!choice) return;
          void inDb(placeHighlightInBrief, choice === NEW ? null : choice, highlight).then(
            ({ title, added }) =>
              added
                ? toasts.push('success', `Added to “${title}”.`)
                : toasts.push('info', `Already in “${title}”: not added again.`),
            (error: unknown) => toasts.push('error', 'The highlight could not be added.', [String(error)]),
          );
        }}
      >
        <option value="">Add to brief…</option>
        {briefs.map((b) => (
          <option key={b.id} value={b.id}>
            {briefHolds(b, highlight.id) ? `✓ ${b.title} (already in)` : b.title}
          </option>
        ))}
        <option value={NEW}>New brief</option>
      </select>
      {holding.length > 0 && (
        <span className="in-briefs" id={inBriefsId} data-testid="in-briefs">
          In {holding.map((b) => `“${b.title}”`).join(', ')}
        </span>
      )}
    </>
  );
}
