// Tag chips with an input that suggests the library's existing tags (a native datalist).
import { useId, useState, type KeyboardEvent, type ReactNode } from 'react';
import { normaliseTag } from '../../db/tags';

interface Props {
  readonly tags: readonly string[];
  readonly suggestions: readonly string[];
  readonly onChange: (tags: string[]) => void;
  readonly label: string;
}

export function TagInput({ tags, suggestions, onChange, label }: Props): ReactNode {
  const [draft, setDraft] = useState('');
  const listId = useId();
  const commit = (): void => {
    const tag = normaliseTag(draft);
    setDraft('');
    if (tag && !tags.includes(tag)) onChange([...tags, tag]);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>): void => {
    if (event.key === 'Enter' || event.key === ',') {
      event.preventDefault();
      commit();
    } else if (event.key === 'Backspace' && draft === '' && tags.length > 0) {
      onChange(tags.slice(0, -1));
    }
  };
  return (
    <div className="tag-input">
      {tags.map((tag) => (
        <span key={tag} className="tag-chip">
          {tag}
          <button
            type="button"
            aria-label={`Remove tag ${tag}`}
            onClick={() => onChange(tags.filter((t) => t !== tag))}
          >
            ×
          </button>
        </span>
      ))}
      <input
        aria-label={label}
        placeholder={tags.length === 0 ? 'Add tags…' : ''}
        list={listId}
        value={draft}
        onChange={(e) => setDraft(e.target.value)}
        onKeyDown={onKeyDown}
        onBlur={commit}
      />
      <datalist id={listId}>
        {suggestions
          .filter((s) => !tags.includes(s))
          .map((s) => (
            <option key={s} value={s} />
          ))}
      </datalist>
    </div>
  );
}
