// A highlight card's links and corroboration: "confirmed by N independent sources (M copies)", flagged
// single origin when every source is a copy of one; the linked highlights (type, quote, article, outlet), each
// a way to go to it and removable with Undo; "Link…" to link another; "Mark as confirmed (1)" when N ≥ 2.
import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { describeGrade } from '../../../../src-shared/sources/grades';
import { updateHighlight } from '../../db/highlights';
import { deleteLink, linksOfHighlight, restoreLink, type LinkedHighlight } from '../../db/links';
import { inDb, useLive } from '../../db/live';
import type { Highlight } from '../../db/schema';
import { plural } from '../../ui/format';
import { IsolatedText } from '../../ui/IsolatedText';
import { useToasts } from '../../ui/toasts';
import { useEntries } from '../library/use-entries';
import { linkLabel, shortQuote } from './link-labels';
import { useGoToHighlight, useWanted } from './link-navigation';
import { LinkPicker } from './LinkPicker';
import { useCorroboration, type CardCorroboration } from './use-corroboration';
import './links.css';

interface Props {
  readonly highlight: Highlight;
  /** The card is open for editing: "Link…" shows then. */
  readonly selected: boolean;
  /** Selects the card (and brings its passage into view). */
  readonly onSelect: () => void;
}

const NO_LINKS: LinkedHighlight[] = [];

export function HighlightLinks({ highlight, selected, onSelect }: Props): ReactNode {
  const toasts = useToasts();
  const links = useLive(linksOfHighlight, highlight.id) ?? NO_LINKS;
  const corroboration = useCorroboration(highlight.libraryId, highlight.id);
  const [picking, setPicking] = useState(false);
  const goTo = useGoToHighlight();
  const arrival = useWanted(highlight.id);
  const otherArticles = useMemo(() => [...new Set(links.map((l) => l.other.articleId))], [links]);
  const entries = useEntries(otherArticles);

  // Asked for from a link on another card: select this card and put the focus on it.
  const { wanted, take } = arrival;
  useEffect(() => {
    if (!wanted) return;
    take();
    onSelect();
    // The card itself, as the marks in the text find it: this part may not be drawn yet (its links still loading).
    const card = document.querySelector(
      `[data-testid="highlight-card"][data-highlight-id="${CSS.escape(highlight.id)}"]`,
    );
    card?.querySelector<HTMLElement>('.card-quote')?.focus();
  }, [wanted, take, onSelect, highlight.id]);

  const remove = async (linked: LinkedHighlight): Promise<void> => {
    const deleted = await inDb(deleteLink, linked.link.id);
    if (!deleted) return;
    const what = `${linkLabel(deleted.type, linked.direction)} “${shortQuote(linked.other.quote.exact, 60)}”`;
    toasts.push('info', 'Link removed.', [what], {
      label: 'Undo',
      undo: true,
      run: () =>
        void inDb(restoreLink, deleted).then((restored) => {
          if (!restored) toasts.push('info', 'Not restored: the two highlights were linked again meanwhile.');
        }),
    });
  };

  const confirm = async (): Promise<void> => {
    const before = highlight.credibility;
    await inDb(updateHighlight, highlight.id, { credibility: 1 });
    toasts.push('success', 'Marked as confirmed: credibility 1.', [], {
      label: 'Undo',
      undo: true,
      run: () => void inDb(updateHighlight, highlight.id, { credibility: before }),
    });
  };

  if (links.length === 0 && !selected && !picking) return null;
  return (
    <div className="card-links" data-testid="highlight-links">
      {corroboration && <CorroborationLine corroboration={corroboration} />}
      {corroboration?.confirmable && corroboration.ready && highlight.credibility !== 1 && (
        <p className="confirm-suggestion" data-testid="confirm-suggestion">
          <span className="muted small">
            {plural(corroboration.support.independent, 'independent source')} say this; the grade is yours.
          </span>{' '}
          <button type="button" title={describeGrade(null, 1)} onClick={() => void confirm()}>
            Mark as confirmed (1)
          </button>
        </p>
      )}
      {links.length > 0 && (
        <ul className="link-list" aria-label="Links">
          {links.map((linked) => {
            const entry = entries.get(linked.other.articleId);
            const outlet = entry?.ok ? (entry.outlet ?? entry.domain) : null;
            const label = linkLabel(linked.link.type, linked.direction);
            const quote = shortQuote(linked.other.quote.exact);
            return (
              <li key={linked.link.id} data-testid="highlight-link" data-link-type={linked.link.type}>
                <span className="link-type">{label}</span>
                <button
                  type="button"
                  className="link-target"
                  title="Go to this highlight"
                  onClick={() => goTo(linked.other, highlight.articleId)}
                >
                  <q dir="auto">{quote}</q>
                  <span className="link-source">
                    <IsolatedText text={linked.other.articleTitle} />
                    {outlet && (
                      <>
                        {' · '}
                        <IsolatedText text={outlet} />
                      </>
                    )}
                  </span>
                </button>
                <button
                  type="button"
                  className="link-remove"
                  aria-label={`Remove link: ${label} “${quote}”`}
                  title="Remove this link"
                  onClick={() => void remove(linked)}
                >
                  ×
                </button>
              </li>
            );
          })}
        </ul>
      )}
      {selected && (
        <div className="card-actions">
          <button type="button" aria-haspopup="dialog" onClick={() => setPicking(true)}>
            Link…
          </button>
        </div>
      )}
      {picking && (
        <LinkPicker
          highlight={highlight}
          linked={new Set(links.map((l) => l.other.id))}
          onClose={() => setPicking(false)}
        />
      )}
    </div>
  );
}

/** " (3 copies)" when there are more copies than independent sources; nothing when each is its own. */
function copies(count: { independent: number; copies: number }): string {
  return count.copies > count.independent ? ` (${plural(count.copies, 'copy', 'copies')})` : '';
}

/** "confirmed by 1 independent source (2 copies) · single origin · contradicted by 1 independent source". */
function CorroborationLine({ corroboration }: { corroboration: CardCorroboration }): ReactNode {
  const { support, contradiction, singleOrigin, ready } = corroboration;
  return (
    <p className="corroboration" data-testid="corroboration" aria-busy={!ready}>
      {support.copies > 1 ? (
        <span>
          confirmed by {plural(support.independent, 'independent source')}
          {copies(support)}
        </span>
      ) : (
        <span>not confirmed by another source</span>
      )}
      {singleOrigin && (
        <>
          {' · '}
          <strong
            className="single-origin"
            data-testid="single-origin"
            title="Every source saying this is a copy of one story or outlet: it has one origin."
          >
            single origin
          </strong>
        </>
      )}
      {contradiction.copies > 0 && (
        <>
          {' · '}
          <span className="contradicted" data-testid="contradicted">
            contradicted by {plural(contradiction.independent, 'independent source')}
            {copies(contradiction)}
          </span>
        </>
      )}
      {!ready && <span className="muted"> (counting…)</span>}
    </p>
  );
}
