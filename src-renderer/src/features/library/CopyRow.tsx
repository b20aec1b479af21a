// One copy of a story, listed under its story's row when the row is opened: the outlet (or site), "origin"
// for the first publisher, the date, and its title (on hover, how much of the origin's text it shares). Like
// an article row it sits in an option of the list, which takes the clicks and keys (a click or Enter opens it).
import type { ReactNode } from 'react';
import type { StoryMember } from '../../../../src-preload/contract';
import { formatArticleDate } from '../../ui/format';
import { IsolatedText } from '../../ui/IsolatedText';
import { memberName } from './story-labels';

interface Props {
  /** The copy, or undefined while the story's copies are asked for. */
  readonly member: StoryMember | undefined;
  readonly position: number;
  readonly copies: number;
  readonly selected: boolean;
  /** Why the copies could not be listed, on the first copy row. */
  readonly error?: string | null;
}

export function CopyRow({ member, position, copies, selected, error }: Props): ReactNode {
  if (error) {
    return (
      <div className="copy-row copy-row-error" role="alert">
        The copies could not be listed: {error}
      </div>
    );
  }
  if (!member) return <div className="copy-row placeholder" aria-busy="true" />;
  return (
    <div
      className={`copy-row${selected ? ' selected' : ''}${member.origin ? ' origin' : ''}`}
      data-id={member.id}
      data-testid="copy-row"
      title={`${member.title}\n${
        member.origin
          ? 'The first publication'
          : `Shares ${Math.round(member.similarity * 100)}% of its text with the origin`
      }`}
    >
      <span className="copy-meta">
        <span className="sr-only">
          Copy {position + 1} of {copies}:{' '}
        </span>
        <span aria-hidden="true" className="copy-branch">
          ↳
        </span>
        <IsolatedText className="copy-outlet" text={memberName(member)} />
        {member.origin && <span className="story-origin">origin</span>}
        <span className="copy-date">{formatArticleDate(member.date, null)}</span>
      </span>
      <IsolatedText className="copy-title" text={member.title} byLetters />
    </div>
  );
}
