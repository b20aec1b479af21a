// On a list row: how many copies its story has ("7 copies") and "origin" when the row is the first publisher.
// A row standing for its story (one row per story) also has a disclosure sign that opens its copies below
// it; the listbox takes the keys (→ opens, ← closes), so the sign is for the mouse and the words say the rest.
import type { MouseEvent, ReactNode } from 'react';
import type { StoryTag } from '../../../../src-preload/contract';
import { copiesLabel } from './story-labels';

interface Props {
  readonly story: StoryTag;
  /** The row stands for the story (grouped): it opens and closes; `expanded` says which it is. */
  readonly expanded?: boolean;
  readonly onToggle?: () => void;
}

export function StoryBadge({ story, expanded, onToggle }: Props): ReactNode {
  const toggle = (event: MouseEvent): void => {
    // The click is the sign's, not the row's: it does not open the article.
    event.stopPropagation();
    onToggle?.();
  };
  return (
    <span className={`story-badge${onToggle ? ' grouped' : ''}`} data-testid="story-badge">
      {onToggle && (
        <span
          className="story-disclosure"
          aria-hidden="true"
          title={expanded ? 'Hide the copies (←)' : 'Show the copies (→)'}
          data-testid="story-disclosure"
          onClick={toggle}
        >
          {expanded ? '▾' : '▸'}
        </span>
      )}
      <span className="story-copies">{copiesLabel(story.copies)}</span>
      {story.origin && (
        <span className="story-origin" title="This article is the first publication of the story">
          origin
        </span>
      )}
      {onToggle && <span className="sr-only">{expanded ? ', shown below' : ', → to show them'}</span>}
    </span>
  );
}
