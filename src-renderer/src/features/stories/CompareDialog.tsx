// Compare copies of a story: pick any two (at first the origin and the copy being read), and see what the
// second did to the first's text: paragraphs it cut, added and changed (paragraph-diff.ts). A modal: Tab
// stays inside, Escape or Close shuts it and the focus goes back to Compare copies….
import { useId, useRef, useState, type ReactNode } from 'react';
import type { StoryInfo, StoryMember } from '../../../../src-preload/contract';
import { formatArticleDate } from '../../ui/format';
import { useModal } from '../../ui/use-modal';
import { DiffView } from './DiffView';
import { memberName } from '../library/story-labels';
import { useCopyArticle } from './use-copy-article';

interface Props {
  readonly story: StoryInfo;
  /** The copy in the reader. */
  readonly currentId: string;
  readonly onOpen: (id: string) => void;
  readonly onClose: () => void;
}

/** The first pair: the origin against the copy being read (or, reading the origin, the next copy). */
function firstPair(story: StoryInfo, currentId: string): [string, string] {
  const origin = story.members.find((m) => m.origin) ?? story.members[0];
  const base = origin?.id ?? currentId;
  const other = base === currentId ? story.members.find((m) => m.id !== base)?.id : currentId;
  return [base, other ?? currentId];
}

const optionLabel = (member: StoryMember): string =>
  `${memberName(member)} · ${formatArticleDate(member.date, null)}${member.origin ? ' · origin' : ''}`;

export function CompareDialog({ story, currentId, onOpen, onClose }: Props): ReactNode {
  const ref = useRef<HTMLDialogElement>(null);
  const trapTab = useModal(ref);
  const titleId = useId();
  const [[baseId, otherId], setPair] = useState<[string, string]>(() => firstPair(story, currentId));
  const base = story.members.find((m) => m.id === baseId);
  const other = story.members.find((m) => m.id === otherId);
  const baseText = useCopyArticle(baseId);
  const otherText = useCopyArticle(otherId);

  const picker = (label: string, value: string, onPick: (id: string) => void): ReactNode => (
    <label className="compare-pick">
      <span>{label}</span>
      <select value={value} onChange={(e) => onPick(e.target.value)}>
        {story.members.map((member) => (
          <option key={member.id} value={member.id}>
            {optionLabel(member)}
          </option>
        ))}
      </select>
    </label>
  );

  return (
    <dialog
      ref={ref}
      className="modal wide story-compare"
      aria-labelledby={titleId}
      onClose={onClose}
      onKeyDown={trapTab}
      data-testid="story-compare"
    >
      <header className="modal-header">
        <h2 id={titleId}>Compare copies of this story</h2>
        <button type="button" onClick={() => ref.current?.close()}>
          Close
        </button>
      </header>
      <div className="compare-picks">
        {picker('From', baseId, (id) => setPair([id, otherId]))}
        <button
          type="button"
          className="compare-swap"
          title="Swap the two copies"
          onClick={() => setPair([otherId, baseId])}
        >
          ⇄ Swap
        </button>
        {picker('to', otherId, (id) => setPair([baseId, id]))}
      </div>
      {base && other ? (
        baseId === otherId ? (
          <p className="compare-state">Pick two different copies to see what differs between them.</p>
        ) : baseText.kind === 'error' || otherText.kind === 'error' ? (
          <p className="compare-state" role="alert">
            A copy could not be read:{' '}
            {baseText.kind === 'error' ? baseText.message : otherText.kind === 'error' ? otherText.message : ''}
          </p>
        ) : baseText.kind === 'loaded' && otherText.kind === 'loaded' ? (
          <DiffView
            before={baseText.article}
            after={otherText.article}
            beforeName={memberName(base)}
            afterName={memberName(other)}
            onOpen={(id) => {
              ref.current?.close();
              onOpen(id);
            }}
          />
        ) : (
          <p className="compare-state muted" aria-busy="true">
            Reading the two copies…
          </p>
        )
      ) : (
        <p className="compare-state">This copy is no longer in the library.</p>
      )}
    </dialog>
  );
}
