// An evidence row's head in the matrix: its code and kind, then a quote (a button that opens it in its
// article, with the article's title and the grade "B2") or the analyst's own words edited in place, and
// Remove (Undo brings the row back with its ratings).
import type { ReactNode } from 'react';
import type { AchEvidenceRow } from '../../db/schema';
import { IsolatedText } from '../../ui/IsolatedText';
import { GradeBadge } from '../sources/GradeBadge';
import { InlineText } from './InlineText';
import { KIND_LABELS, type RowGrade } from './matrix-scores';

interface Props {
  readonly row: AchEvidenceRow;
  readonly code: string;
  readonly grade: RowGrade | undefined;
  /** The highlight is still there to open. */
  readonly present: boolean;
  readonly onOpen: () => void;
  readonly onText: (text: string) => void;
  readonly onRemove: () => void;
}

export function EvidenceHeader({ row, code, grade, present, onOpen, onText, onRemove }: Props): ReactNode {
  return (
    <div className={`ach-evidence kind-${row.kind}`}>
      <div className="ach-evidence-meta">
        <span className="ach-code">{code}</span>
        <span className="ach-kind">{KIND_LABELS[row.kind]}</span>
        {row.kind === 'highlight' && <GradeBadge reliability={grade?.reliability} credibility={grade?.credibility} />}
        <button
          type="button"
          className="ach-remove danger"
          aria-label={`Remove ${code}`}
          title="Remove this row (Undo brings it back)"
          onClick={onRemove}
        >
          ×
        </button>
      </div>
      {row.kind === 'highlight' ? (
        <>
          <button
            type="button"
            className="ach-quote"
            onClick={onOpen}
            disabled={!present}
            title={present ? 'Open the quote in its article' : 'The highlight was deleted: its words are kept here'}
          >
            <q dir="auto">{row.text}</q>
          </button>
          <span className="ach-article muted small">
            <IsolatedText text={row.articleTitle} />
          </span>
        </>
      ) : (
        <InlineText
          value={row.text}
          label={`${KIND_LABELS[row.kind]} ${code}`}
          className="ach-typed"
          multiline
          required
          onSave={onText}
        />
      )}
    </div>
  );
}
