// The matrix going out: into a brief as a section (an existing brief or a new one; the toast names it), or
// to a CSV file for a spreadsheet through the save dialog.
import type { ReactNode } from 'react';
import type { MatrixScores } from '../../../../src-shared/analysis/ach';
import { addAchSection, briefsNewestFirst } from '../../db/briefs';
import { inDb, useLive } from '../../db/live';
import type { AchMatrix } from '../../db/schema';
import { getApi } from '../../platform/api';
import { errorMessage } from '../../platform/errors';
import { useToasts } from '../../ui/toasts';
import { achCsv, csvFileName } from './ach-csv';
import type { RowGrade } from './matrix-scores';

const NEW = '__new__';
const CSV_FILTER = [{ name: 'CSV (spreadsheet)', extensions: ['csv'] }];

interface Props {
  readonly matrix: AchMatrix;
  readonly grades: ReadonlyMap<string, RowGrade>;
  readonly scores: MatrixScores;
}

export function MatrixExport({ matrix, grades, scores }: Props): ReactNode {
  const toasts = useToasts();
  const briefs = useLive(briefsNewestFirst) ?? [];
  const exportCsv = async (): Promise<void> => {
    try {
      const path = await getApi().saveFile({
        title: 'Export the matrix as CSV',
        defaultName: csvFileName(matrix.question),
        filters: CSV_FILTER,
        content: achCsv(matrix, grades, scores),
      });
      if (path) toasts.push('success', 'Matrix exported as CSV.', [path]);
    } catch (error) {
      toasts.push('error', 'The CSV could not be written.', [errorMessage(error)]);
    }
  };
  return (
    <div className="ach-export">
      <select
        aria-label="Add the matrix to a brief"
        value=""
        onChange={(e) => {
          const choice = e.target.value;
          if (!choice) return;
          void inDb(addAchSection, choice === NEW ? null : choice, matrix).then(
            ({ title }) =>
              toasts.push('success', `Matrix added to “${title}”.`, ['Open Briefs (Ctrl+2) to export it.']),
            (error: unknown) => toasts.push('error', 'The matrix could not be added.', [errorMessage(error)]),
          );
        }}
      >
        <option value="">Add to brief…</option>
        {briefs.map((b) => (
          <option key={b.id} value={b.id}>
            {b.title || 'Untitled brief'}
          </option>
        ))}
        <option value={NEW}>New brief</option>
      </select>
      <button
        type="button"
        className="bordered-button"
        onClick={() => void exportCsv()}
        disabled={matrix.rows.length === 0}
      >
        Export CSV…
      </button>
    </div>
  );
}
