// A hypothesis's column head: its code (H2), its name edited in place, and buttons to move it left or right
// (Alt+←/→ in the name) and to remove it (not below two; Undo brings it back with its ratings).
import type { ReactNode } from 'react';
import { MIN_HYPOTHESES } from '../../db/ach-edit';
import type { AchHypothesis } from '../../db/schema';
import { InlineText } from './InlineText';
import { hypothesisCode } from './matrix-scores';

const rtl = (el: Element): boolean => getComputedStyle(el).direction === 'rtl';

interface Props {
  readonly hypothesis: AchHypothesis;
  readonly index: number;
  readonly count: number;
  readonly selectOnMount: boolean;
  readonly onRename: (label: string) => void;
  readonly onMove: (delta: number) => void;
  readonly onRemove: () => void;
}

export function HypothesisHeader({
  hypothesis,
  index,
  count,
  selectOnMount,
  onRename,
  onMove,
  onRemove,
}: Props): ReactNode {
  const code = hypothesisCode(index);
  return (
    <div className="ach-hypothesis">
      <span className="ach-hypothesis-name">
        <span className="ach-code" aria-hidden="true">
          {code}
        </span>
        <InlineText
          value={hypothesis.label}
          label={`Hypothesis ${code}`}
          required
          selectOnMount={selectOnMount}
          onSave={onRename}
          onKeyDown={(e) => {
            if (!e.altKey || (e.key !== 'ArrowLeft' && e.key !== 'ArrowRight')) return;
            e.preventDefault();
            const forward = e.key === 'ArrowRight' ? 1 : -1;
            onMove(rtl(e.currentTarget) ? -forward : forward);
          }}
        />
      </span>
      <span className="ach-hypothesis-tools">
        <button
          type="button"
          aria-label={`Move ${code} earlier`}
          title="Move earlier (Alt+← in the name)"
          disabled={index === 0}
          onClick={() => onMove(-1)}
        >
          <span className="flip-rtl">◂</span>
        </button>
        <button
          type="button"
          aria-label={`Move ${code} later`}
          title="Move later (Alt+→ in the name)"
          disabled={index === count - 1}
          onClick={() => onMove(1)}
        >
          <span className="flip-rtl">▸</span>
        </button>
        <button
          type="button"
          className="danger"
          aria-label={`Remove ${code}`}
          title={count <= MIN_HYPOTHESES ? 'A matrix weighs at least two hypotheses' : 'Remove (Undo brings it back)'}
          disabled={count <= MIN_HYPOTHESES}
          onClick={onRemove}
        >
          ×
        </button>
      </span>
    </div>
  );
}
