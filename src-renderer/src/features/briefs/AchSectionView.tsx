// An ACH matrix as a brief section shows it, read-only: the hypotheses, the table of evidence against them
// (typed rows labelled, non-diagnostic rows marked, each quote with its citation when one is given), the
// weighted inconsistency scores and the ranking. Edited in the Hypotheses view, not here: in the composer,
// Open in Hypotheses takes the analyst there with the matrix open.
import type { ReactNode } from 'react';
import type { BriefAch, BriefSection } from '../../../../src-preload/contract';
import { achTable, NOT_DIAGNOSTIC, RATING_KEY, SCORES_LABEL } from '../../../../src-shared/briefs/analysis-sections';
import type { Note } from '../../../../src-shared/briefs/citations';

interface Props {
  readonly section: BriefSection;
  readonly ach: BriefAch;
  /** The section's citations; none in the composer, which shows the table without them. */
  readonly notes?: readonly Note[];
  /** Shows the matrix in the Hypotheses view (the composer gives it; the preview, as the brief goes out, not). */
  readonly onOpenMatrix?: (matrixId: string) => void;
}

const NO_NOTES: readonly Note[] = [];

export function AchSectionView({ section, ach, notes = NO_NOTES, onOpenMatrix }: Props): ReactNode {
  const table = achTable(section, ach, notes);
  const matrixId = ach.matrixId;
  return (
    <div className="ach-section" data-testid="ach-section">
      <div className="ach-section-head">
        {table.question && (
          <p className="ach-question">
            <span className="label">Question:</span> <bdi>{table.question}</bdi>
          </p>
        )}
        {onOpenMatrix && matrixId !== undefined && (
          <button
            type="button"
            className="open-matrix bordered-button"
            title="Edit this matrix in the Hypotheses view"
            onClick={() => onOpenMatrix(matrixId)}
          >
            Open in Hypotheses
          </button>
        )}
      </div>
      <ul className="ach-hypotheses">
        {table.hypotheses.map((h) => (
          <li key={h.key}>
            <span className="label">{h.key}:</span> <bdi>{h.label}</bdi>
          </li>
        ))}
      </ul>
      {/* Scrolls sideways in a narrow pane: focusable, so the keyboard scrolls it too. */}
      <div className="ach-table-scroll" tabIndex={0} role="region" aria-label="ACH matrix table">
        <table className="ach-table" aria-label={`ACH matrix: ${ach.question}`}>
          <thead>
            <tr>
              <th scope="col" className="ach-evidence">
                Evidence
              </th>
              {table.hypotheses.map((h) => (
                <th scope="col" key={h.key} title={h.label}>
                  {h.key}
                </th>
              ))}
              <th scope="col">Cred.</th>
              <th scope="col">Rel.</th>
            </tr>
          </thead>
          <tbody>
            {table.rows.map((row, i) => (
              <tr key={ach.rows[i]?.id ?? i} className={row.diagnostic ? undefined : 'not-diagnostic'}>
                <th scope="row" className="ach-evidence">
                  {row.label && <span className="label">{row.label.trim()} </span>}
                  <span dir="auto">{row.text}</span>
                  {row.marker && <cite dir="ltr"> {row.marker}</cite>}
                  {!row.diagnostic && <span className="ach-flag"> ({NOT_DIAGNOSTIC})</span>}
                </th>
                {row.ratings.map((r, j) => (
                  <td key={j} className={r === 'I' || r === 'II' ? 'ach-against' : undefined}>
                    {r}
                  </td>
                ))}
                <td>{row.credibility}</td>
                <td>{row.relevance}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{SCORES_LABEL}</th>
              {table.scores.map((score, i) => (
                <td key={i} className="ach-score">
                  {score}
                </td>
              ))}
              <td />
              <td />
            </tr>
          </tfoot>
        </table>
      </div>
      <p className="ach-ranking">{table.ranking}</p>
      <p className="ach-key muted">{RATING_KEY}</p>
    </div>
  );
}
