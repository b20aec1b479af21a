// The `?` sheet: a modal listing every shortcut in the app (from shortcuts.ts), opened by `?` anywhere
// but in a field, or by the toolbar's "?" button; Escape or Close shuts it and the focus goes back.
import { Fragment, useEffect, useRef, useState, type ReactNode } from 'react';
import { isTyping } from '../ui/is-typing';
import { useModal } from '../ui/use-modal';
import { keysOf, SHORTCUTS } from './shortcuts';

function Combination({ combination }: { combination: string }): ReactNode {
  return (
    <span className="key-combination">
      {keysOf(combination).map((key, i) => (
        <Fragment key={i}>
          {i > 0 && <span aria-hidden="true">+</span>}
          <kbd>{key}</kbd>
        </Fragment>
      ))}
    </span>
  );
}

function ShortcutSheet({ onClose }: { onClose: () => void }): ReactNode {
  const ref = useRef<HTMLDialogElement>(null);
  const trapTab = useModal(ref);
  return (
    <dialog
      ref={ref}
      className="modal shortcut-sheet"
      aria-labelledby="shortcut-sheet-title"
      onClose={onClose}
      onKeyDown={trapTab}
      data-testid="shortcut-sheet"
    >
      <header className="modal-header">
        <h2 id="shortcut-sheet-title">Keyboard shortcuts</h2>
        <button type="button" onClick={() => ref.current?.close()}>
          Close
        </button>
      </header>
      <div className="shortcut-groups">
        {SHORTCUTS.map((group) => (
          <section key={group.title} aria-labelledby={`shortcuts-${slug(group.title)}`}>
            <h3 id={`shortcuts-${slug(group.title)}`}>{group.title}</h3>
            <dl>
              {group.shortcuts.map((shortcut, i) => (
                <div key={i} className="shortcut">
                  <dt>
                    {shortcut.keys.map((combination, k) => (
                      <Fragment key={combination}>
                        {k > 0 && <span className="muted"> or </span>}
                        <Combination combination={combination} />
                      </Fragment>
                    ))}
                  </dt>
                  <dd>{shortcut.action}</dd>
                </div>
              ))}
            </dl>
          </section>
        ))}
      </div>
    </dialog>
  );
}

const slug = (title: string): string => title.toLowerCase().replace(/[^a-z0-9]+/g, '-');

/** The toolbar's "?" button and the sheet it opens; `?` opens it from anywhere but a field. */
export function ShortcutSheetButton(): ReactNode {
  const [open, setOpen] = useState(false);
  useEffect(() => {
    const onKey = (event: KeyboardEvent): void => {
      if (event.key !== '?' || event.ctrlKey || event.altKey || event.metaKey || isTyping(event.target)) return;
      if (document.querySelector('dialog[open]')) return; // another dialog has the keyboard
      event.preventDefault();
      setOpen(true);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
  return (
    <>
      <button
        type="button"
        className="shortcuts-button"
        aria-label="Keyboard shortcuts"
        title="Keyboard shortcuts (?)"
        aria-haspopup="dialog"
        onClick={() => setOpen(true)}
      >
        ?
      </button>
      {open && <ShortcutSheet onClose={() => setOpen(false)} />}
    </>
  );
}
