// The Hypotheses workspace (Ctrl+5): the library's ACH matrices in a side pane and the open one beside it
// (the one last open in this library, kept while the analyst is elsewhere, or one a brief asked to show);
// with none yet, what ACH is in a sentence and how to start.
import { useState, type ReactNode } from 'react';
import { createMatrix, deleteMatrix, matricesOfLibrary, restoreMatrix } from '../../db/ach';
import { inDb, useLive } from '../../db/live';
import type { AchMatrix } from '../../db/schema';
import { errorMessage } from '../../platform/errors';
import type { PaneConfig } from '../../ui/panes/pane-context';
import { PaneLayout } from '../../ui/panes/PaneLayout';
import { SidePane } from '../../ui/panes/SidePane';
import { useToasts } from '../../ui/toasts';
import { useLibraryId } from '../library/library-context';
import type { QuoteTarget } from '../links/link-navigation';
import { MatrixEditor } from './MatrixEditor';
import { MatrixList, NewMatrixForm, questionOf } from './MatrixList';
import { useRememberedMatrix } from './open-matrix';
import './ach.css';

interface Props {
  /** Opens the quote's article in the library workspace with the highlight's card selected. */
  readonly onOpenQuote: (target: QuoteTarget) => void;
  /** Opens an article in the library workspace. */
  readonly onOpenArticle: (articleId: string) => void;
  /** Opens a brief in the briefs workspace (one that shows the open matrix). */
  readonly onOpenBrief: (briefId: string) => void;
}

export const ACH_LIST_PANE: PaneConfig = {
  id: 'ach-list-pane',
  name: 'list of matrices',
  railLabel: 'Matrices',
  spec: { min: 180, max: 420, initial: 230 },
};

export function AchView({ onOpenQuote, onOpenBrief }: Props): ReactNode {
  const toasts = useToasts();
  const libraryId = useLibraryId();
  const matrices = useLive(matricesOfLibrary, libraryId);
  const [activeId, activate] = useRememberedMatrix(libraryId);
  const [fresh, setFresh] = useState<string | null>(null);
  // A matrix that is gone (deleted here, or in another window) gives way to the first.
  const active = matrices?.find((m) => m.id === activeId) ?? matrices?.[0];

  const create = (question: string): void => {
    if (libraryId === null) return;
    void inDb(createMatrix, libraryId, question).then(
      (made) => {
        activate(made.id);
        setFresh(made.hypotheses[0]?.id ?? null);
      },
      (error: unknown) => toasts.push('error', 'The matrix could not be made.', [errorMessage(error)]),
    );
  };
  const remove = (matrix: AchMatrix): void => {
    void inDb(deleteMatrix, matrix.id).then((deleted) => {
      if (!deleted) return;
      if (active?.id === deleted.id) activate(null);
      toasts.push('info', `Deleted “${questionOf(deleted)}”.`, [], {
        label: 'Undo',
        undo: true,
        run: () => void inDb(restoreMatrix, deleted).then(() => activate(deleted.id)),
      });
    });
  };

  return (
    <PaneLayout
      className="ach-view"
      start={ACH_LIST_PANE}
      end={null}
      centreMin={520}
      panel={{ id: 'panel-hypotheses', labelledBy: 'tab-hypotheses' }}
    >
      <SidePane side="start">
        <MatrixList
          matrices={matrices}
          activeId={active?.id ?? null}
          onActivate={activate}
          onCreate={create}
          onDelete={remove}
        />
      </SidePane>
      <div className="ach-main" data-testid="hypotheses-view">
        {active ? (
          <MatrixEditor
            key={active.id}
            matrix={active}
            freshHypothesis={fresh}
            onFreshHypothesis={setFresh}
            onOpenQuote={onOpenQuote}
            onOpenBrief={onOpenBrief}
          />
        ) : matrices === undefined ? (
          <p className="muted pad">Opening your matrices…</p>
        ) : (
          <div className="empty-state">
            <h1>Competing hypotheses</h1>
            <p>
              Analysis of Competing Hypotheses weighs every piece of evidence against every explanation at once, and
              favours the explanation with the least evidence against it.
            </p>
            <p>
              Ask the question, name two or more hypotheses, then add highlights (here, from a highlight’s card, or from
              the Evidence table) and rate each against each hypothesis.
            </p>
            {libraryId === null ? (
              <p className="muted">Open a library first: a matrix weighs the library’s highlights.</p>
            ) : (
              <NewMatrixForm onCreate={create} />
            )}
          </div>
        )}
      </div>
    </PaneLayout>
  );
}
