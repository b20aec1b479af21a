// Links a highlight to another of the library, in any article: choose what this highlight is to the other
// (same claim, supports, contradicts, derived from), type to find the other by quote, article or outlet, move
// with the arrows and press Enter (or click it).
import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { allHighlights } from '../../db/highlights';
import { createLink } from '../../db/links';
import { inDb, useLive } from '../../db/live';
import type { Highlight, HighlightLinkType } from '../../db/schema';
import { plural } from '../../ui/format';
import { IsolatedText } from '../../ui/IsolatedText';
import { listboxTarget } from '../../ui/listbox-keys';
import { ModalDialog } from '../../ui/ModalDialog';
import { useToasts } from '../../ui/toasts';
import { useEntries } from '../library/use-entries';
import { LINK_TYPE_NAMES, shortQuote } from './link-labels';
import { matchCandidates, type LinkCandidate } from './link-search';
import { LinkTypeChoice } from './LinkTypeChoice';

interface Props {
  readonly highlight: Highlight;
  /** Highlights already linked to it: a pair holds one link, so they are not offered. */
  readonly linked: ReadonlySet<string>;
  readonly onClose: () => void;
}

/** More than this many matches: the first are shown and the analyst is asked to type more. */
const SHOWN = 200;
const NO_HIGHLIGHTS: Highlight[] = [];

export function LinkPicker({ highlight, linked, onClose }: Props): ReactNode {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const searchRef = useRef<HTMLInputElement>(null);
  // After the frame's effect has opened the dialog (an element in a closed dialog cannot take the focus).
  useEffect(() => searchRef.current?.focus(), []);
  const toasts = useToasts();
  const uid = useId();
  const stored = useLive(allHighlights, highlight.libraryId);
  const all = stored ?? NO_HIGHLIGHTS;
  const [type, setType] = useState<HighlightLinkType>('same-claim');
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const [busy, setBusy] = useState(false);

  const others = useMemo(
    () =>
      all
        .filter((h) => h.id !== highlight.id && !linked.has(h.id))
        // Other articles first: linking across articles is what corroboration is made of.
        .sort(
          (a, b) =>
            Number(a.articleId === highlight.articleId) - Number(b.articleId === highlight.articleId) ||
            a.articleTitle.localeCompare(b.articleTitle) ||
            a.position.start - b.position.start,
        ),
    [all, highlight.id, highlight.articleId, linked],
  );
  const entries = useEntries(useMemo(() => [...new Set(others.map((h) => h.articleId))], [others]));
  const candidates = useMemo<LinkCandidate[]>(
    () =>
      others.map((h) => {
        const entry = entries.get(h.articleId);
        return { highlight: h, outlet: entry?.ok ? (entry.outlet ?? entry.domain) : null };
      }),
    [others, entries],
  );
  const matching = useMemo(() => matchCandidates(candidates, query), [candidates, query]);
  const shown = matching.slice(0, SHOWN);
  const current = shown[Math.min(active, shown.length - 1)];
  const optionId = (index: number): string => `${uid}-option-${index}`;

  useEffect(() => {
    if (current) document.getElementById(optionId(shown.indexOf(current)))?.scrollIntoView({ block: 'nearest' });
  });

  const link = async (target: LinkCandidate | undefined): Promise<void> => {
    if (!target || busy) return;
    setBusy(true);
    try {
      const { created } = await inDb(createLink, highlight.libraryId, {
        from: highlight.id,
        to: target.highlight.id,
        type,
      });
      const quote = `“${shortQuote(target.highlight.quote.exact, 60)}”`;
      if (created) toasts.push('success', `Linked as ${LINK_TYPE_NAMES[type]}.`, [quote]);
      else toasts.push('info', 'These two highlights were already linked.', [quote]);
      dialogRef.current?.close();
    } catch (error) {
      toasts.push('error', 'The highlights could not be linked.', [
        error instanceof Error ? error.message : String(error),
      ]);
      setBusy(false);
    }
  };

  const onSearchKey = (event: KeyboardEvent<HTMLInputElement>): void => {
    if (event.key === 'Enter') {
      event.preventDefault();
      void link(current);
      return;
    }
    if (event.key === 'Home' || event.key === 'End') return; // the field's own caret keys
    const next = listboxTarget(event.key, current ? active : null, shown.length, 8);
    if (next === null) return;
    event.preventDefault();
    setActive(next);
  };

  return (
    <ModalDialog
      title="Link this highlight"
      className="wide link-picker"
      bodyClassName="link-picker-body"
      testId="link-picker"
      confirm="Link"
      confirmDisabled={!current || busy}
      onConfirm={() => void link(current)}
      onClose={onClose}
      dialogRef={dialogRef}
    >
      <p className="link-subject">
        <q dir="auto">{shortQuote(highlight.quote.exact, 160)}</q>
      </p>
      <LinkTypeChoice legend="This highlight…" value={type} onChange={setType} />
      <label className="link-search" htmlFor={`${uid}-search`}>
        …this one:
      </label>
      <input
        id={`${uid}-search`}
        type="search"
        role="combobox"
        aria-expanded="true"
        aria-controls={`${uid}-list`}
        aria-autocomplete="list"
        aria-activedescendant={current ? optionId(shown.indexOf(current)) : undefined}
        aria-describedby={`${uid}-count`}
        placeholder="Type to find a highlight by its words, article or outlet"
        value={query}
        ref={searchRef}
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
        }}
        onKeyDown={onSearchKey}
      />
      <ul className="link-options" role="listbox" id={`${uid}-list`} aria-label="Highlights to link">
        {shown.map((candidate, i) => (
          <li
            key={candidate.highlight.id}
            id={optionId(i)}
            role="option"
            aria-selected={candidate === current}
            className={`card card-${candidate.highlight.color}${candidate === current ? ' link-option-active' : ''}`}
            onClick={() => void link(candidate)}
            onMouseMove={() => setActive(i)}
          >
            <q dir="auto">{shortQuote(candidate.highlight.quote.exact, 160)}</q>
            <span className="link-source">
              <IsolatedText text={candidate.highlight.articleTitle} />
              {candidate.outlet && (
                <>
                  {' · '}
                  <IsolatedText text={candidate.outlet} />
                </>
              )}
            </span>
          </li>
        ))}
      </ul>
      <p className="muted small" id={`${uid}-count`} aria-live="polite">
        {emptyText(stored === undefined, others.length, matching.length, query) ??
          (matching.length > SHOWN
            ? `Showing ${SHOWN} of ${matching.length.toLocaleString()}: type more to narrow.`
            : `${plural(matching.length, 'highlight')}. ↑ ↓ to choose, Enter to link.`)}
      </p>
    </ModalDialog>
  );
}

function emptyText(loading: boolean, others: number, matches: number, query: string): string | null {
  if (loading) return 'Gathering your highlights…';
  if (others === 0) return 'No other highlight to link yet. Highlight the passage in another article first.';
  if (matches === 0) return `No highlight matches “${query.trim()}”.`;
  return null;
}
