// The library-wide tag manager: rename a tag throughout the open library, or merge several tags into one.
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { inDb, useLive } from '../../db/live';
import { listTags, mergeTags, renameTag } from '../../db/tags';
import { plural } from '../../ui/format';
import { useToasts } from '../../ui/toasts';
import { useLibraryId } from '../library/library-context';

export function TagManager({ onClose }: { onClose: () => void }): ReactNode {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const toasts = useToasts();
  const libraryId = useLibraryId();
  const stored = useLive(listTags, libraryId);
  const tags = stored ?? [];
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set());
  const [target, setTarget] = useState('');

  useEffect(() => {
    const dialog = dialogRef.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);

  const run = (work: (libraryId: string) => Promise<number>, done: string): void => {
    if (libraryId === null) return; // no library open: no tags are listed to change
    work(libraryId).then(
      (changed) => toasts.push('success', done, [`${plural(changed, 'record')} updated.`]),
      (error: unknown) => toasts.push('error', 'The tags could not be changed.', [String(error)]),
    );
  };

  return (
    <dialog ref={dialogRef} className="modal" aria-label="Manage tags" onClose={onClose} data-testid="tag-manager">
      <header className="modal-header">
        <h2>Tags</h2>
        <button type="button" aria-label="Close" onClick={() => dialogRef.current?.close()}>
          ×
        </button>
      </header>
      {stored === undefined ? (
        <p className="muted">Reading your tags…</p>
      ) : tags.length === 0 ? (
        <p className="muted">No tags yet. Add tags to highlights or articles in the annotations panel.</p>
      ) : (
        <ul className="tag-table">
          {tags.map(({ tag, count }) => (
            <li key={tag}>
              <input
                type="checkbox"
                aria-label={`Choose ${tag} for merging`}
                checked={chosen.has(tag)}
                onChange={(e) => {
                  const next = new Set(chosen);
                  if (e.target.checked) next.add(tag);
                  else next.delete(tag);
                  setChosen(next);
                }}
              />
              <input
                className="tag-name"
                aria-label={`Rename tag ${tag}`}
                defaultValue={tag}
                onKeyDown={(e) => {
                  if (e.key === 'Enter') (e.target as HTMLInputElement).blur();
                }}
                onBlur={(e) => {
                  const next = e.target.value.trim();
                  if (next && next !== tag)
                    run((id) => inDb(renameTag, id, tag, next), `Renamed “${tag}” to “${next}”.`);
                }}
              />
              <span className="muted">{count}</span>
            </li>
          ))}
        </ul>
      )}
      <footer className="modal-footer">
        <input
          aria-label="Merge into tag"
          placeholder="Merge chosen tags into…"
          value={target}
          onChange={(e) => setTarget(e.target.value)}
        />
        <button
          type="button"
          disabled={chosen.size === 0 || !target.trim()}
          onClick={() => {
            run(
              (id) => inDb(mergeTags, id, [...chosen], target),
              `Merged ${plural(chosen.size, 'tag')} into “${target.trim()}”.`,
            );
            setChosen(new Set());
            setTarget('');
          }}
        >
          Merge
        </button>
      </footer>
    </dialog>
  );
}
