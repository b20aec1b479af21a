// The find bar over the open article: the words to find, "3 of 12", previous and next (Enter, Shift+Enter,
// F3, Shift+F3, wrapping around), and Escape or ✕ to close and give the focus back.
import { useEffect, useRef, type KeyboardEvent, type ReactNode } from 'react';
import type { ArticleFind } from './find/use-find';

function countText(find: ArticleFind): string {
  if (find.text.trim() === '') return '';
  if (find.count === 0) return 'No matches';
  return `${(find.current + 1).toLocaleString()} of ${find.count.toLocaleString()}`;
}

export function FindBar({ find }: { find: ArticleFind }): ReactNode {
  return find.open ? <OpenFindBar find={find} /> : null;
}

function OpenFindBar({ find }: { find: ArticleFind }): ReactNode {
  const input = useRef<HTMLInputElement>(null);
  const { focusRequests } = find;
  useEffect(() => {
    if (focusRequests === 0) return;
    input.current?.focus();
    input.current?.select();
  }, [focusRequests]);
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>): void => {
    if (event.key === 'Enter' || event.key === 'F3') {
      event.preventDefault();
      // The window's F3 handler would step a second time.
      event.stopPropagation();
      find.step(event.shiftKey ? -1 : 1);
    }
  };
  // Escape closes from the field or any of the bar's buttons.
  const onBarKeyDown = (event: KeyboardEvent<HTMLDivElement>): void => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    event.stopPropagation();
    find.close();
  };
  return (
    <div
      className="find-bar"
      role="search"
      aria-label="Find in this article"
      data-testid="find-bar"
      data-find-bar
      onKeyDown={onBarKeyDown}
    >
      <input
        ref={input}
        type="search"
        dir="auto"
        aria-label="Find in this article"
        placeholder="Find in this article"
        value={find.text}
        onChange={(event) => find.setText(event.target.value)}
        onKeyDown={onKeyDown}
      />
      <span className="find-count" role="status" data-testid="find-count">
        {countText(find)}
      </span>
      <button
        type="button"
        aria-label="Previous match"
        title="Previous (Shift+Enter, Shift+F3)"
        onClick={() => find.step(-1)}
        disabled={find.count === 0}
      >
        ↑
      </button>
      <button
        type="button"
        aria-label="Next match"
        title="Next (Enter, F3)"
        onClick={() => find.step(1)}
        disabled={find.count === 0}
      >
        ↓
      </button>
      <button type="button" aria-label="Close find" title="Close (Escape)" onClick={find.close}>
        ✕
      </button>
    </div>
  );
}
