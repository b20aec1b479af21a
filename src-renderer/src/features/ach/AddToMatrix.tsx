// "Add to matrix" for a highlight: pick one of the library's ACH matrices, or "New matrix…" (which asks its
// question); the highlight becomes an evidence row. A matrix that already weighs it says so.
import { useState, type ReactNode } from 'react';
import { addHighlightRows, createMatrix, matricesOfLibrary } from '../../db/ach';
import { inDb, useLive } from '../../db/live';
import type { AchMatrix, Highlight } from '../../db/schema';
import { errorMessage } from '../../platform/errors';
import { useToasts } from '../../ui/toasts';
import { useLibraryId } from '../library/library-context';
import { NewMatrixForm, questionOf } from './MatrixList';

const NEW = '__new__';
const weighs = (m: AchMatrix, highlightId: string): boolean => m.rows.some((r) => r.highlightId === highlightId);

export function AddToMatrix({ highlight }: { highlight: Highlight }): ReactNode {
  const toasts = useToasts();
  const libraryId = useLibraryId();
  const matrices = useLive(matricesOfLibrary, libraryId) ?? [];
  const [asking, setAsking] = useState(false);
  const failed = (error: unknown): void =>
    toasts.push('error', 'The highlight could not be added.', [errorMessage(error)]);
  const addTo = (matrix: AchMatrix): void => {
    void inDb(addHighlightRows, matrix.id, [highlight]).then(
      (added) =>
        added > 0
          ? toasts.push('success', `Added to the matrix “${questionOf(matrix)}”.`, ['See it in Hypotheses (Ctrl+5).'])
          : toasts.push('info', `Already in the matrix “${questionOf(matrix)}”: not added again.`),
      failed,
    );
  };
  if (asking)
    return (
      <NewMatrixForm
        autoFocus
        onCancel={() => setAsking(false)}
        onCreate={(question) => {
          setAsking(false);
          if (libraryId !== null) void inDb(createMatrix, libraryId, question).then(addTo, failed);
        }}
      />
    );
  return (
    <select
      aria-label="Add to matrix"
      value=""
      onChange={(e) => {
        const choice = e.target.value;
        const matrix = matrices.find((m) => m.id === choice);
        if (choice === NEW) setAsking(true);
        else if (matrix) addTo(matrix);
      }}
    >
      <option value="">Add to matrix…</option>
      {matrices.map((m) => (
        <option key={m.id} value={m.id}>
          {weighs(m, highlight.id) ? `✓ ${questionOf(m)} (already in)` : questionOf(m)}
        </option>
      ))}
      <option value={NEW}>New matrix…</option>
    </select>
  );
}
