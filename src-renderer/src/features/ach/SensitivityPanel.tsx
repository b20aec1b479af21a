// Sensitivity: the ranking again with some evidence left out (the low-credibility rows at one tick, or any
// rows chosen), beside the ranking with all of it, and in one sentence whether it changes.
import { useId, type ReactNode } from 'react';
import {
  formatScore,
  lowCredibilityRows,
  sensitivity,
  type MatrixScores,
  type ScoredMatrix,
} from '../../../../src-shared/analysis/ach';
import type { AchMatrix } from '../../db/schema';
import { listOf, sensitivityText } from './ranking-text';
import { hypothesisCodes, rowCode } from './matrix-scores';

export interface LeftOut {
  /** Leave out every row of low credibility. */
  readonly lowCredibility: boolean;
  /** Rows the analyst ticked. */
  readonly rows: ReadonlySet<string>;
}

export const NOTHING_LEFT_OUT: LeftOut = { lowCredibility: false, rows: new Set() };

interface Props {
  readonly matrix: AchMatrix;
  readonly scored: ScoredMatrix;
  readonly leftOut: LeftOut;
  readonly onChange: (next: LeftOut) => void;
}

function Ranking({ title, scores, matrix }: { title: string; scores: MatrixScores; matrix: AchMatrix }): ReactNode {
  const byId = new Map(scores.scores.map((s) => [s.hypothesisId, s]));
  const codes = hypothesisCodes(matrix);
  return (
    <div className="ach-ranking-column">
      <h4>{title}</h4>
      <ol>
        {scores.ranking.map((id) => {
          const s = byId.get(id);
          const label = matrix.hypotheses.find((h) => h.id === id)?.label ?? '';
          return (
            <li key={id}>
              <span className={`ach-rank rank-${s?.rank ?? 0}`}>Rank {s?.rank}</span> <b>{codes.get(id)}</b>{' '}
              <bdi>{label}</bdi> <span className="ach-score-value">{formatScore(s?.score ?? 0)}</span>
            </li>
          );
        })}
      </ol>
    </div>
  );
}

export function SensitivityPanel({ matrix, scored, leftOut, onChange }: Props): ReactNode {
  const heading = useId();
  const low = lowCredibilityRows(scored);
  const codeOf = new Map(matrix.rows.map((r, i) => [r.id, rowCode(i)]));
  const chosen = matrix.rows
    .map((r) => r.id)
    .filter((id) => leftOut.rows.has(id) || (leftOut.lowCredibility && low.includes(id)));
  const result = sensitivity(scored, chosen);
  const names = chosen.map((id) => codeOf.get(id) ?? '');
  return (
    <section className="ach-sensitivity" aria-labelledby={heading} data-testid="ach-sensitivity">
      <h3 id={heading}>Sensitivity</h3>
      <label className="ach-low">
        <input
          type="checkbox"
          checked={leftOut.lowCredibility}
          disabled={low.length === 0}
          onChange={(e) => onChange({ ...leftOut, lowCredibility: e.target.checked })}
        />{' '}
        Leave out low-credibility evidence{' '}
        <span className="muted small">
          {low.length === 0 ? '(no row is of low credibility)' : `(${listOf(low.map((id) => codeOf.get(id) ?? ''))})`}
        </span>
      </label>
      {matrix.rows.length > 0 && (
        <fieldset className="ach-leave-out">
          <legend>Leave out</legend>
          {matrix.rows.map((row, i) => {
            const byLow = leftOut.lowCredibility && low.includes(row.id);
            return (
              <label key={row.id} title={row.text}>
                <input
                  type="checkbox"
                  checked={byLow || leftOut.rows.has(row.id)}
                  disabled={byLow}
                  onChange={(e) => {
                    const rows = new Set(leftOut.rows);
                    if (e.target.checked) rows.add(row.id);
                    else rows.delete(row.id);
                    onChange({ ...leftOut, rows });
                  }}
                />{' '}
                {rowCode(i)}
              </label>
            );
          })}
        </fieldset>
      )}
      <div className="ach-rankings">
        <Ranking title="With all the evidence" scores={result.base} matrix={matrix} />
        {chosen.length > 0 && <Ranking title={`Without ${listOf(names)}`} scores={result.without} matrix={matrix} />}
      </div>
      <p className={`ach-verdict${result.changed ? ' changed' : ''}`} role="status" data-testid="ach-verdict">
        {sensitivityText(result, hypothesisCodes(matrix))}
      </p>
    </section>
  );
}
