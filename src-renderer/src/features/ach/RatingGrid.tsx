// The matrix as a grid: hypotheses across, evidence down, a rating in each cell, scores underneath. The cells
// are one tab stop: arrows move, letters rate (rating-keys.ts), Enter or a click opens a small menu, Alt+↑/↓
// moves the row and Alt+←/→ the hypothesis. Ratings show as text and colour; rows that cannot tell the
// hypotheses apart are greyed and marked "Not diagnostic".
import { useEffect, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import type { AchRating } from '../../../../src-preload/contract/analysis';
import { formatScore, RATING_MEANINGS, ratingText, type MatrixScores } from '../../../../src-shared/analysis/ach';
import { formatGrade } from '../../../../src-shared/sources/grades';
import { moveHypothesis, moveRow, renameHypothesis, withRating, withRowText, withWeight } from '../../db/ach-edit';
import type { AchEvidenceRow, AchHypothesis, AchMatrix, Highlight } from '../../db/schema';
import { CellMenu } from './CellMenu';
import { EvidenceHeader } from './EvidenceHeader';
import { moveInGrid, withinGrid, type Cell } from './grid-keys';
import { HypothesisHeader } from './HypothesisHeader';
import { hypothesisCode, rowCode, rowWeights, type RowGrade } from './matrix-scores';
import { ratingStep } from './rating-keys';
import { WeightSelect } from './WeightSelect';

export type MatrixEdit = (matrix: AchMatrix) => AchMatrix;

interface Props {
  readonly matrix: AchMatrix;
  readonly scores: MatrixScores;
  readonly grades: ReadonlyMap<string, RowGrade>;
  readonly highlights: ReadonlyMap<string, Highlight>;
  /** A hypothesis just made: its name is selected for the analyst to type over. */
  readonly freshHypothesis: string | null;
  readonly onEdit: (edit: MatrixEdit) => void;
  readonly onOpenQuote: (row: AchEvidenceRow) => void;
  readonly onRemoveRow: (row: AchEvidenceRow, index: number) => void;
  readonly onRemoveHypothesis: (hypothesis: AchHypothesis, index: number) => void;
}

/** A key the grid took is not also seen by the page's own keys (the reader's Delete, the letters' shortcuts). */
const handled = (event: KeyboardEvent): void => {
  event.preventDefault();
  event.stopPropagation();
};

const cellId = (matrixId: string, cell: Cell): string => `ach-${matrixId}-${cell.row}-${cell.col}`;

export function RatingGrid(props: Props): ReactNode {
  const { matrix, scores, grades, highlights, onEdit } = props;
  const { hypotheses, rows } = matrix;
  const size = { rows: rows.length, cols: hypotheses.length };
  const [cursor, setCursor] = useState<Cell>({ row: 0, col: 0 });
  const active = withinGrid(cursor, size);
  const [menuAt, setMenuAt] = useState<Cell | null>(null);
  const typed = useRef('');
  const grid = useRef<HTMLTableElement>(null);
  // The focus follows the active cell while it is inside the grid (a move, a reorder, a menu closed).
  const [focusWanted, setFocusWanted] = useState<{ readonly id: string } | null>(null);
  useEffect(() => {
    if (focusWanted) document.getElementById(focusWanted.id)?.focus();
  }, [focusWanted]);

  const goTo = (cell: Cell): void => {
    if (cell.row !== active.row || cell.col !== active.col) typed.current = '';
    setCursor(cell);
    setFocusWanted({ id: cellId(matrix.id, cell) });
  };
  const rate = (cell: Cell, rating: AchRating | null): void => {
    const row = rows[cell.row];
    const hypothesis = hypotheses[cell.col];
    if (row && hypothesis) onEdit((m) => withRating(m, row.id, hypothesis.id, rating));
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTableElement>): void => {
    const target = event.target as HTMLElement;
    if (!target.matches('td[role="gridcell"].ach-cell')) return;
    const rtl = getComputedStyle(target).direction === 'rtl';
    if (event.altKey && !event.ctrlKey && !event.metaKey) {
      const row = rows[active.row];
      const hypothesis = hypotheses[active.col];
      const vertical = event.key === 'ArrowUp' ? -1 : event.key === 'ArrowDown' ? 1 : 0;
      const across = event.key === 'ArrowLeft' ? -1 : event.key === 'ArrowRight' ? 1 : 0;
      const delta = rtl ? -across : across;
      if (vertical && row) {
        onEdit((m) => moveRow(m, row.id, vertical));
        goTo(withinGrid({ row: active.row + vertical, col: active.col }, size));
      } else if (delta && hypothesis) {
        onEdit((m) => moveHypothesis(m, hypothesis.id, delta));
        goTo(withinGrid({ row: active.row, col: active.col + delta }, size));
      } else return;
      handled(event);
      return;
    }
    const moved = moveInGrid(active, event.key, event.ctrlKey || event.metaKey, size, rtl);
    if (moved) {
      handled(event);
      goTo(moved);
      return;
    }
    if (event.key === 'Enter' || event.key === ' ') {
      handled(event);
      setMenuAt(active);
      return;
    }
    const step = ratingStep(event, typed.current);
    if (!step) return;
    handled(event);
    typed.current = step.typed;
    rate(active, step.rating);
  };

  return (
    <table
      ref={grid}
      className="ach-grid"
      role="grid"
      aria-label="Evidence rated against each hypothesis"
      aria-describedby="ach-grid-keys"
      onKeyDown={onKeyDown}
      data-testid="ach-grid"
    >
      <thead>
        <tr>
          <th scope="col" className="ach-evidence-head">
            Evidence
          </th>
          <th scope="col">Weights</th>
          {hypotheses.map((h, col) => (
            <th
              scope="col"
              key={h.id}
              className={scores.scores[col]?.rank === 1 && rows.length > 0 ? 'ach-leader' : undefined}
              data-testid="ach-hypothesis"
            >
              <HypothesisHeader
                hypothesis={h}
                index={col}
                count={hypotheses.length}
                selectOnMount={props.freshHypothesis === h.id}
                onRename={(label) => onEdit((m) => renameHypothesis(m, h.id, label))}
                onMove={(delta) => onEdit((m) => moveHypothesis(m, h.id, delta))}
                onRemove={() => props.onRemoveHypothesis(h, col)}
              />
            </th>
          ))}
          <th scope="col">Diagnostic</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row, r) => {
          const grade = grades.get(row.id);
          const weights = rowWeights(row, grade);
          const code = rowCode(r);
          const diagnostic = scores.rows[r];
          const fromGrade =
            row.kind === 'highlight' ? `grade ${formatGrade(grade?.reliability, grade?.credibility)}` : null;
          return (
            <tr
              key={row.id}
              className={diagnostic?.diagnostic ? undefined : 'ach-not-diagnostic'}
              data-testid="ach-row"
            >
              <th scope="row">
                <EvidenceHeader
                  row={row}
                  code={code}
                  grade={grade}
                  present={row.highlightId !== null && highlights.has(row.highlightId)}
                  onOpen={() => props.onOpenQuote(row)}
                  onText={(text) => onEdit((m) => withRowText(m, row.id, text))}
                  onRemove={() => props.onRemoveRow(row, r)}
                />
              </th>
              <td className="ach-weights">
                <WeightSelect
                  caption="Credibility"
                  label={`Credibility of ${code}`}
                  value={weights.credibility}
                  isDefault={weights.credibilityFromGrade}
                  fallback={fromGrade ? { weight: weights.defaultCredibility, from: fromGrade } : null}
                  onChange={(w) => onEdit((m) => withWeight(m, row.id, 'credibility', w))}
                />
                <WeightSelect
                  caption="Relevance"
                  label={`Relevance of ${code}`}
                  value={weights.relevance}
                  isDefault={row.relevance === undefined}
                  fallback={null}
                  onChange={(w) => onEdit((m) => withWeight(m, row.id, 'relevance', w))}
                />
              </td>
              {hypotheses.map((h, c) => {
                const rating = row.ratings[h.id];
                const here = active.row === r && active.col === c;
                const label = `${code} against ${hypothesisCode(c)}`;
                return (
                  <td
                    key={h.id}
                    id={cellId(matrix.id, { row: r, col: c })}
                    role="gridcell"
                    className={`ach-cell${rating ? ` rating-${rating.toLowerCase()}` : ''}`}
                    tabIndex={here ? 0 : -1}
                    aria-selected={here}
                    title={rating ? RATING_MEANINGS[rating] : 'Not rated: C, Shift+C, N, I, Shift+I or A'}
                    data-rating={rating ?? ''}
                    onClick={(e) => {
                      if ((e.target as HTMLElement).closest('.ach-cell-menu')) return;
                      // The click focused the cell; the menu takes the focus from it.
                      if (!here) typed.current = '';
                      setCursor({ row: r, col: c });
                      setMenuAt({ row: r, col: c });
                    }}
                    onFocus={() => {
                      if (!here) {
                        typed.current = '';
                        setCursor({ row: r, col: c });
                      }
                    }}
                  >
                    <span className="ach-rating">{rating ? ratingText(rating) : '·'}</span>
                    <span className="sr-only">{rating ? RATING_MEANINGS[rating] : 'not rated'}</span>
                    {menuAt?.row === r && menuAt.col === c && (
                      <CellMenu
                        label={`Rate ${label}`}
                        current={rating}
                        onPick={(picked) => {
                          rate({ row: r, col: c }, picked);
                          setMenuAt(null);
                          goTo({ row: r, col: c });
                        }}
                        onClose={() => {
                          setMenuAt(null);
                          goTo({ row: r, col: c });
                        }}
                      />
                    )}
                  </td>
                );
              })}
              <td className="ach-diagnostic" data-testid="ach-diagnostic">
                {diagnostic?.diagnostic ? (
                  <span className="muted small" title="How far apart this row's weighted inconsistencies are">
                    spread {formatScore(diagnostic.spread)}
                  </span>
                ) : (
                  <span className="ach-flag">Not diagnostic</span>
                )}
              </td>
            </tr>
          );
        })}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row" colSpan={2}>
            Weighted inconsistency
          </th>
          {scores.scores.map((s, c) => (
            <td key={s.hypothesisId} className="ach-score" data-testid="ach-score">
              <span className="ach-score-value">{formatScore(s.score)}</span>{' '}
              <span className={`ach-rank rank-${s.rank}`} title={`Rank ${s.rank} of ${hypotheses.length}`}>
                Rank {s.rank}
              </span>
              <span className="sr-only"> for {hypothesisCode(c)}</span>
            </td>
          ))}
          <td />
        </tr>
      </tfoot>
    </table>
  );
}
