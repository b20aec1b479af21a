// What one copy of a story did to another's text, readably: a line of counts, then the paragraphs in
// reading order, those kept as they were, those cut (struck through, "Cut by …"), added ("Added by …") and
// changed (words struck and inserted). Each paragraph runs its own way (an Arabic copy right to left);
// meaning is in words and strike-through as well as colour. Article text is shown as text.
import { useMemo, useState, type ReactNode } from 'react';
import type { Article } from '../../../../src-preload/contract';
import { diffParagraphs, type ParagraphRun } from '../../../../src-shared/stories/paragraph-diff';
import type { WordRun } from '../../../../src-shared/stories/word-diff';
import { textDirection, type TextDirection } from '../../../../src-shared/text-direction';
import { stripBidiControls } from '../../../../src-shared/text-safety';
import { plural } from '../../ui/format';
import { IsolatedText } from '../../ui/IsolatedText';
import { articleDirection } from '../../ui/provenance';

interface Props {
  readonly before: Article;
  readonly after: Article;
  readonly beforeName: string;
  readonly afterName: string;
  readonly onOpen: (id: string) => void;
}

export function DiffView({ before, after, beforeName, afterName, onOpen }: Props): ReactNode {
  const diff = useMemo(() => diffParagraphs(before.paragraphs, after.paragraphs), [before, after]);
  const direction = useMemo(() => articleDirection(after.language, after.paragraphs), [after]);
  const [onlyChanges, setOnlyChanges] = useState(false);
  const { counts } = diff;
  const differs = counts.removed + counts.added + counts.changed > 0;
  const runs = onlyChanges ? diff.runs.filter((run) => run.kind !== 'same') : diff.runs;

  return (
    <>
      <div className="compare-summary" data-testid="compare-summary">
        <p>
          From <IsolatedText className="compare-name" text={beforeName} /> to{' '}
          <IsolatedText className="compare-name" text={afterName} />:{' '}
          {differs
            ? `${plural(counts.removed, 'paragraph')} cut, ${counts.added} added, ${counts.changed} changed, ` +
              `${counts.same} the same.`
            : `the same text (${plural(counts.same, 'paragraph')}).`}
        </p>
        <label>
          <input type="checkbox" checked={onlyChanges} onChange={(e) => setOnlyChanges(e.target.checked)} /> Only what
          differs
        </label>
        <button type="button" className="link" onClick={() => onOpen(after.id)}>
          Read <IsolatedText text={afterName} />
          ’s copy
        </button>
      </div>
      <div
        className="compare-body"
        role="region"
        aria-label={`Differences from ${beforeName} to ${afterName}`}
        tabIndex={0}
        data-testid="compare-body"
        lang={after.language ?? undefined}
      >
        {runs.map((run) => (
          <DiffParagraph key={runKey(run)} run={run} direction={direction} afterName={afterName} />
        ))}
      </div>
    </>
  );
}

const runKey = (run: ParagraphRun): string =>
  run.kind === 'same'
    ? `s${run.a}:${run.b}`
    : run.kind === 'removed'
      ? `r${run.a}`
      : run.kind === 'added'
        ? `a${run.b}`
        : `c${run.a.join('+')}:${run.b.join('+')}`;

const dirOf = (text: string, article: TextDirection): TextDirection => textDirection(text) ?? article;

function changedLabel(run: Extract<ParagraphRun, { kind: 'changed' }>, name: string): string {
  if (run.b.length > 1) return `Split into ${run.b.length} paragraphs and changed by ${name}`;
  if (run.a.length > 1) return `${run.a.length} paragraphs run together by ${name}`;
  return `Changed by ${name}`;
}

function DiffParagraph({
  run,
  direction,
  afterName,
}: {
  run: ParagraphRun;
  direction: TextDirection;
  afterName: string;
}): ReactNode {
  if (run.kind === 'same') {
    return (
      <p className="diff-same" dir={dirOf(run.text, direction)}>
        {stripBidiControls(run.text)}
      </p>
    );
  }
  const text = run.kind === 'changed' ? run.words.map((w) => w.text).join('') : run.text;
  const label =
    run.kind === 'removed'
      ? `Cut by ${afterName}`
      : run.kind === 'added'
        ? `Added by ${afterName}`
        : changedLabel(run, afterName);
  return (
    <div className={`diff-block diff-${run.kind}`} data-testid={`diff-${run.kind}`}>
      <span className="diff-label">
        <span aria-hidden="true">{run.kind === 'removed' ? '− ' : run.kind === 'added' ? '+ ' : '± '}</span>
        {label}
      </span>
      <p dir={dirOf(text, direction)}>
        {run.kind === 'removed' ? (
          <del>{stripBidiControls(run.text)}</del>
        ) : run.kind === 'added' ? (
          <ins>{stripBidiControls(run.text)}</ins>
        ) : (
          run.words.map((word, i) => <Word key={i} word={word} />)
        )}
      </p>
    </div>
  );
}

/** A run of words; a paragraph break one copy has is shown as ¶ and a new line. */
function Word({ word }: { word: WordRun }): ReactNode {
  const pieces = stripBidiControls(word.text).split('\n');
  const content = pieces.map((piece, i) => (
    <span key={i}>
      {i > 0 && (
        <>
          <span className="diff-break" title="Paragraph break">
            ¶
          </span>
          <br />
        </>
      )}
      {piece}
    </span>
  ));
  if (word.kind === 'removed') return <del>{content}</del>;
  if (word.kind === 'added') return <ins>{content}</ins>;
  return <>{content}</>;
}
