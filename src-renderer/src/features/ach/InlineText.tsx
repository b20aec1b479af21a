// A name edited where it is shown (a question, a hypothesis, an assumption): typing changes a draft, Enter or
// leaving the field saves it, Escape puts it back. Alt with an arrow is left to the caller (reordering).
import { useEffect, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';

interface Props {
  readonly value: string;
  readonly label: string;
  readonly onSave: (value: string) => void;
  readonly className?: string;
  readonly placeholder?: string;
  /** Focus the field and select its text once (a name the analyst is expected to replace). */
  readonly selectOnMount?: boolean;
  readonly onKeyDown?: (event: KeyboardEvent<HTMLInputElement | HTMLTextAreaElement>) => void;
  /** An empty field keeps the last value instead of saving "" (a hypothesis needs a name). */
  readonly required?: boolean;
  /** Long words (an assumption) wrap over lines as they would in the text; Enter still saves. */
  readonly multiline?: boolean;
}

export function InlineText({
  value,
  label,
  onSave,
  className,
  placeholder,
  selectOnMount,
  onKeyDown,
  required,
  multiline,
}: Props): ReactNode {
  const [draft, setDraft] = useState(value);
  const field = useRef<HTMLInputElement & HTMLTextAreaElement>(null);
  const editing = useRef(false);
  // A change from elsewhere (another window of the same matrix, Undo) shows unless the analyst is typing.
  useEffect(() => {
    if (!editing.current) setDraft(value);
  }, [value]);
  useEffect(() => {
    if (!selectOnMount) return;
    field.current?.focus();
    field.current?.select();
  }, [selectOnMount]);
  const commit = (): void => {
    editing.current = false;
    const next = draft.trim();
    if (required && !next) setDraft(value);
    else if (next !== value) onSave(next);
  };
  const Field = multiline ? 'textarea' : 'input';
  return (
    <Field
      ref={field}
      className={`inline-text ${className ?? ''}`}
      aria-label={label}
      dir="auto"
      value={draft}
      placeholder={placeholder}
      {...(multiline ? { rows: 1 } : {})}
      onFocus={() => (editing.current = true)}
      onChange={(e) => setDraft(e.target.value.replace(/\n/g, ' '))}
      onBlur={commit}
      onKeyDown={(e) => {
        if (e.key === 'Enter') {
          e.preventDefault();
          commit();
          editing.current = true;
        } else if (e.key === 'Escape') {
          e.preventDefault();
          e.stopPropagation();
          setDraft(value);
        } else onKeyDown?.(e);
      }}
    />
  );
}
