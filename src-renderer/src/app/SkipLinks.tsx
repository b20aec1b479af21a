// The first tab stops in the window, shown only when focused: skip straight to the article list, the
// article's text or the notes pane (bringing the library workspace forward when the briefs are shown).
import { useEffect, useState, type ReactNode } from 'react';
import { LIST_ID } from '../features/library/LibraryList';
import { ARTICLE_TEXT_ID } from '../features/reader/ArticleBody';
import { NOTES_ID } from '../features/highlights/AnnotationsPanel';

const LINKS: readonly { target: string; label: string }[] = [
  { target: LIST_ID, label: 'Skip to article list' },
  { target: ARTICLE_TEXT_ID, label: 'Skip to article' },
  { target: NOTES_ID, label: 'Skip to notes' },
];

/** Focuses the target, or the reader pane when no article is open (the pane says what to do). */
function focusTarget(id: string): void {
  const target = document.getElementById(id) ?? document.querySelector<HTMLElement>('.panes .reader');
  if (!target) return;
  if (target.tabIndex < 0 && !target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
  target.focus();
  target.scrollIntoView({ block: 'nearest' });
}

export function SkipLinks({ onShowLibrary }: { onShowLibrary: () => void }): ReactNode {
  // The focus moves once the library workspace is in view: a hidden element cannot take it.
  const [pending, setPending] = useState<{ id: string } | null>(null);
  useEffect(() => {
    if (pending) focusTarget(pending.id);
  }, [pending]);
  return (
    <nav className="skip-links" aria-label="Skip links">
      {LINKS.map(({ target, label }) => (
        <a
          key={target}
          href={`#${target}`}
          onClick={(event) => {
            event.preventDefault();
            onShowLibrary();
            setPending({ id: target });
          }}
        >
          {label}
        </a>
      ))}
    </nav>
  );
}
