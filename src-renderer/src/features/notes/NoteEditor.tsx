// A note field that saves as the analyst types (debounced) and on leaving, with a Markdown preview.
import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import { useFlushOnLeave } from '../../ui/use-flush-on-leave';
import { NoteText } from './NoteText';

interface Props {
  readonly value: string;
  readonly onSave: (value: string) => void;
  readonly label: string;
  readonly placeholder: string;
}

export function NoteEditor({ value, onSave, label, placeholder }: Props): ReactNode {
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState(value);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const latest = useRef({ draft, value, onSave });
  useEffect(() => {
    latest.current = { draft, value, onSave };
  });

  const flush = useCallback((): void => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    const { draft: text, value: saved, onSave: save } = latest.current;
    if (text !== saved) save(text);
  }, []);
  useFlushOnLeave(flush);

  if (!editing) {
    return (
      <div className="note-view">
        {value ? <NoteText source={value} /> : <span className="muted">{placeholder}</span>}
        <button
          type="button"
          className="link"
          onClick={() => {
            setDraft(value);
            setEditing(true);
          }}
        >
          {value ? 'Edit note' : 'Add note'}
        </button>
      </div>
    );
  }
  return (
    <textarea
      className="note-editor"
      aria-label={label}
      autoFocus
      rows={4}
      value={draft}
      placeholder="Plain text; **bold**, *italic*, - lists and [links](https://…) work"
      onChange={(e) => {
        setDraft(e.target.value);
        if (timer.current) clearTimeout(timer.current);
        timer.current = setTimeout(flush, 500);
      }}
      onBlur={() => {
        flush();
        setEditing(false);
      }}
      onKeyDown={(e) => {
        if (e.key === 'Escape' || (e.key === 'Enter' && (e.ctrlKey || e.metaKey))) {
          e.preventDefault();
          (e.target as HTMLTextAreaElement).blur();
        }
        e.stopPropagation();
      }}
    />
  );
}
