// One ACH matrix at work: its question, the grid of ratings with the scores under it, the ranking in words,
// the ways to add hypotheses and evidence, the sensitivity check, export (a brief section, CSV), and the
// briefs that already show it. Opened from a brief, it takes the caret into its question.
import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { AchEvidenceKind } from '../../../../src-preload/contract/analysis';
import { scoreMatrix } from '../../../../src-shared/analysis/ach';
import { addHighlightRows, addTypedRow, editMatrix } from '../../db/ach';
import {
  newAchId,
  nextHypothesisLabel,
  withHypothesis,
  withoutHypothesis,
  withoutRow,
  withQuestion,
  withRow,
} from '../../db/ach-edit';
import { inDb } from '../../db/live';
import type { AchEvidenceRow, AchHypothesis, AchMatrix } from '../../db/schema';
import { errorMessage } from '../../platform/errors';
import { plural } from '../../ui/format';
import { useToasts } from '../../ui/toasts';
import type { QuoteTarget } from '../links/link-navigation';
import { AchEvidencePicker } from './AchEvidencePicker';
import { InlineText } from './InlineText';
import { MatrixBriefs } from './MatrixBriefs';
import { hypothesisCode, hypothesisCodes, rowCode, scoredMatrix } from './matrix-scores';
import { MatrixExport } from './MatrixExport';
import { rankingText } from './ranking-text';
import { RatingGrid, type MatrixEdit } from './RatingGrid';
import { takeFocusRequest } from './open-matrix';
import { NOTHING_LEFT_OUT, SensitivityPanel } from './SensitivityPanel';
import { TypedRowForm } from './TypedRowForm';
import { useRowGrades } from './use-row-grades';

interface Props {
  readonly matrix: AchMatrix;
  /** A hypothesis whose name waits to be typed over (a new matrix's first). */
  readonly freshHypothesis: string | null;
  readonly onFreshHypothesis: (id: string) => void;
  readonly onOpenQuote: (target: QuoteTarget) => void;
  readonly onOpenBrief: (briefId: string) => void;
}

export function MatrixEditor({
  matrix,
  freshHypothesis,
  onFreshHypothesis,
  onOpenQuote,
  onOpenBrief,
}: Props): ReactNode {
  const toasts = useToasts();
  const { grades, highlights } = useRowGrades(matrix);
  const scored = useMemo(() => scoredMatrix(matrix, grades), [matrix, grades]);
  const scores = useMemo(() => scoreMatrix(scored), [scored]);
  const [leftOut, setLeftOut] = useState(NOTHING_LEFT_OUT);
  const [picking, setPicking] = useState(false);
  const [typing, setTyping] = useState<Exclude<AchEvidenceKind, 'highlight'> | null>(null);
  const header = useRef<HTMLElement>(null);
  // Asked for from a brief: the caret waits in the question (not selected, so a stray key cannot replace it).
  useEffect(() => {
    if (takeFocusRequest(matrix.id)) header.current?.querySelector<HTMLInputElement>('input.ach-question')?.focus();
  }, [matrix.id]);
  const failed = (error: unknown): void =>
    toasts.push('error', 'The matrix could not be saved.', [errorMessage(error)]);
  const edit = (change: MatrixEdit): void => void inDb(editMatrix, matrix.id, change).catch(failed);

  const addHypothesis = (): void => {
    const id = newAchId();
    edit((m) => withHypothesis(m, { id, label: nextHypothesisLabel(m) }));
    onFreshHypothesis(id);
  };
  const removeHypothesis = (hypothesis: AchHypothesis, index: number): void => {
    edit((m) => withoutHypothesis(m, hypothesis.id));
    toasts.push('info', `Removed ${hypothesisCode(index)} “${hypothesis.label}”.`, [], {
      label: 'Undo',
      undo: true,
      run: () => edit((m) => withHypothesis(m, hypothesis, index)),
    });
  };
  const removeRow = (row: AchEvidenceRow, index: number): void => {
    edit((m) => withoutRow(m, row.id));
    toasts.push('info', `Removed ${rowCode(index)} from the matrix.`, [], {
      label: 'Undo',
      undo: true,
      run: () => edit((m) => withRow(m, row, index)),
    });
  };
  const openQuote = (row: AchEvidenceRow): void => {
    if (!row.highlightId) return;
    const highlight = highlights.get(row.highlightId);
    onOpenQuote({ id: row.highlightId, articleId: highlight?.articleId ?? row.articleId });
  };

  return (
    <div className="ach-editor">
      <header className="ach-header" ref={header}>
        <InlineText
          value={matrix.question}
          label="Question"
          className="ach-question"
          placeholder="The question the hypotheses answer"
          onSave={(question) => edit((m) => withQuestion(m, question))}
        />
        <MatrixExport matrix={matrix} grades={grades} scores={scores} />
      </header>
      <MatrixBriefs matrixId={matrix.id} onOpenBrief={onOpenBrief} />
      {matrix.rows.length > 0 && (
        <p className="ach-ranking" data-testid="ach-ranking">
          <b>Least inconsistent first:</b> {rankingText(scores, hypothesisCodes(matrix))}
        </p>
      )}
      <div className="ach-grid-wrap">
        <RatingGrid
          matrix={matrix}
          scores={scores}
          grades={grades}
          highlights={highlights}
          freshHypothesis={freshHypothesis}
          onEdit={edit}
          onOpenQuote={openQuote}
          onRemoveRow={removeRow}
          onRemoveHypothesis={removeHypothesis}
        />
      </div>
      {matrix.rows.length === 0 && (
        <p className="muted ach-no-rows">
          No evidence yet. Add highlights with <b>Add evidence…</b>, from a highlight’s card in the reader (Add to
          matrix) or from the Evidence table; or type an assumption, or evidence you expected and did not find.
        </p>
      )}
      {
        <p id="ach-grid-keys" className="muted small ach-keys">
          In a cell: <kbd>C</kbd> consistent, <kbd>C</kbd> <kbd>C</kbd> or <kbd>Shift+C</kbd> very consistent,{' '}
          <kbd>N</kbd> neutral, <kbd>I</kbd> inconsistent, <kbd>I</kbd> <kbd>I</kbd> or <kbd>Shift+I</kbd> very
          inconsistent, <kbd>A</kbd> not applicable, <kbd>Delete</kbd> clears; arrows move, <kbd>Enter</kbd> opens the
          menu, <kbd>Alt+↑</kbd>/<kbd>↓</kbd> moves the row.
        </p>
      }
      <div className="ach-add">
        <button type="button" className="bordered-button" onClick={addHypothesis}>
          Add hypothesis
        </button>
        <button type="button" className="bordered-button" onClick={() => setPicking(true)}>
          Add evidence…
        </button>
        <button type="button" className="bordered-button" onClick={() => setTyping('assumption')}>
          Assumption…
        </button>
        <button type="button" className="bordered-button" onClick={() => setTyping('absence')}>
          Absence of evidence…
        </button>
      </div>
      {typing && (
        <TypedRowForm
          key={typing}
          kind={typing}
          onCancel={() => setTyping(null)}
          onAdd={(text) => {
            setTyping(null);
            void inDb(addTypedRow, matrix.id, typing, text).catch(failed);
          }}
        />
      )}
      <SensitivityPanel matrix={matrix} scored={scored} leftOut={leftOut} onChange={setLeftOut} />
      {picking && (
        <AchEvidencePicker
          exclude={new Set(matrix.rows.flatMap((r) => (r.highlightId ? [r.highlightId] : [])))}
          onClose={() => setPicking(false)}
          onAdd={(chosen) =>
            void inDb(addHighlightRows, matrix.id, chosen).then(
              (added) => toasts.push('success', `${plural(added, 'evidence row')} added.`),
              failed,
            )
          }
        />
      )}
    </div>
  );
}
