// The words of an assumption or of an absence of evidence ("No mobilisation orders were reported"), typed by
// the analyst as an evidence row: Enter adds it, Escape gives up.
import { useState, type ReactNode } from 'react';
import type { AchEvidenceKind } from '../../../../src-preload/contract/analysis';
import { KIND_LABELS } from './matrix-scores';

interface Props {
  readonly kind: Exclude<AchEvidenceKind, 'highlight'>;
  readonly onAdd: (text: string) => void;
  readonly onCancel: () => void;
}

const PLACEHOLDERS = {
  assumption: 'What the analysis takes for granted',
  absence: 'What would be seen, and is not',
} as const;

export function TypedRowForm({ kind, onAdd, onCancel }: Props): ReactNode {
  const [text, setText] = useState('');
  return (
    <form
      className="ach-typed-form"
      onSubmit={(e) => {
        e.preventDefault();
        if (text.trim()) onAdd(text.trim());
      }}
    >
      <label>
        <span>{KIND_LABELS[kind]}</span>
        <input
          autoFocus
          dir="auto"
          value={text}
          placeholder={PLACEHOLDERS[kind]}
          onChange={(e) => setText(e.target.value)}
          onKeyDown={(e) => {
            if (e.key !== 'Escape') return;
            e.preventDefault();
            onCancel();
          }}
        />
      </label>
      <button type="submit" className="bordered-button" disabled={!text.trim()}>
        Add
      </button>
      <button type="button" className="bordered-button" onClick={onCancel}>
        Cancel
      </button>
    </form>
  );
}
