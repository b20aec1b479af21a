// Under the reader's header, when the article is one copy of a story: "Also published by A, B … (first
// published by X on 11 Feb 2022)", each name opening that copy, and Compare…, which shows what differs
// between any two copies.
import { useState, type ReactNode } from 'react';
import type { StoryMember } from '../../../../src-preload/contract';
import { formatArticleDate } from '../../ui/format';
import { IsolatedText } from '../../ui/IsolatedText';
import { CompareDialog } from './CompareDialog';
import { memberName } from '../library/story-labels';
import { useArticleStory } from './use-story';

/** Copies named before "and N more". */
const SHOWN = 5;

interface Props {
  readonly articleId: string;
  readonly onOpen: (id: string) => void;
}

export function AlsoPublished({ articleId, onOpen }: Props): ReactNode {
  const state = useArticleStory(articleId);
  const [all, setAll] = useState(false);
  const [comparing, setComparing] = useState(false);
  if (state.kind === 'error') {
    return (
      <p className="also-published muted" data-testid="also-published">
        Copies of this story in other outlets could not be listed: {state.message}
      </p>
    );
  }
  if (state.kind !== 'loaded') return null;
  const { story } = state;
  const others = story.members.filter((m) => m.id !== articleId);
  if (others.length === 0) return null;
  const origin = story.members.find((m) => m.origin);
  const shown = all || others.length <= SHOWN + 1 ? others : others.slice(0, SHOWN);
  return (
    <div className="also-published" data-testid="also-published">
      Also published by{' '}
      {shown.map((member, i) => (
        <span key={member.id}>
          {i > 0 && ', '}
          <CopyLink member={member} onOpen={onOpen} />
        </span>
      ))}
      {shown.length < others.length && (
        <>
          {' '}
          <button type="button" className="link" onClick={() => setAll(true)}>
            and {others.length - shown.length} more
          </button>
        </>
      )}{' '}
      <span className="story-first" data-testid="story-first">
        {origin === undefined
          ? ''
          : origin.id === articleId
            ? '(this is the first publication)'
            : firstPublished(origin)}
      </span>{' '}
      <button type="button" className="story-compare-button" aria-haspopup="dialog" onClick={() => setComparing(true)}>
        Compare copies…
      </button>
      {comparing && (
        <CompareDialog story={story} currentId={articleId} onOpen={onOpen} onClose={() => setComparing(false)} />
      )}
    </div>
  );
}

function CopyLink({ member, onOpen }: { member: StoryMember; onOpen: (id: string) => void }): ReactNode {
  const when = formatArticleDate(member.date, null);
  return (
    <button
      type="button"
      className="link story-copy-link"
      title={`Open this copy: ${member.title} (${when})`}
      onClick={() => onOpen(member.id)}
    >
      <IsolatedText text={memberName(member)} />
    </button>
  );
}

function firstPublished(origin: StoryMember): ReactNode {
  return (
    <>
      (first published by <IsolatedText text={memberName(origin)} />
      {origin.date ? ` on ${formatArticleDate(origin.date, null)}` : ''})
    </>
  );
}
