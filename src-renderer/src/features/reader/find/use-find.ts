// Finding words in the open article: the library query's words marked when the article opens (and the
// first scrolled into view), and the find bar (Ctrl+Shift+F) with its own words, a current match, next and
// previous (Enter/F3, Shift+Enter/Shift+F3, wrapping around) and Escape returning the focus.
import { useCallback, useEffect, useMemo, useRef, useState, type RefObject } from 'react';
import { queryWords, wordsAsText } from '../../../../../src-shared/search/query-words';
import { tokenSpans } from '../../../../../src-shared/search/tokens';
import { matchFrom, wordMatches, type TextMatch } from '../../../../../src-shared/search/word-matches';
import { articleText } from '../../../anchoring/text-model';
import { clearFound, drawFound } from './find-highlights';
import { matchRanges, scrollRangeIntoView } from './text-ranges';

export interface ArticleFind {
  readonly open: boolean;
  readonly text: string;
  /** Matches of the words shown: the find bar's when it is open, else the library query's. */
  readonly count: number;
  /** Index of the current match, -1 when there is none (the bar closed or nothing found). */
  readonly current: number;
  /** Grows each time the bar is asked for (Ctrl+Shift+F again included): the bar then takes the focus. */
  readonly focusRequests: number;
  readonly show: () => void;
  readonly close: () => void;
  readonly setText: (text: string) => void;
  readonly step: (delta: 1 | -1) => void;
}

/** Calls `draw` now and whenever the body's text nodes change (highlights drawn or removed split them anew). */
function useDrawnOverBody(bodyRef: RefObject<HTMLElement | null>, draw: () => void): void {
  const latest = useRef(draw);
  useEffect(() => {
    latest.current = draw;
    draw();
  }, [draw]);
  useEffect(() => {
    const body = bodyRef.current;
    if (!body) return;
    const observer = new MutationObserver(() => latest.current());
    observer.observe(body, { childList: true, subtree: true, characterData: true });
    return () => observer.disconnect();
  }, [bodyRef]);
}

export function useArticleFind(
  bodyRef: RefObject<HTMLElement | null>,
  paragraphs: readonly string[],
  queryText: string,
): ArticleFind {
  const [open, setOpen] = useState(false);
  const [text, setText] = useState('');
  // The current match is kept as a place in the text, so refining the words stays where the analyst is.
  const [anchor, setAnchor] = useState(0);
  const [focusRequests, setFocusRequests] = useState(0);
  const returnFocus = useRef<Element | null>(null);
  const scrolledOnOpen = useRef(false);

  const words = useMemo(() => queryWords(open ? text : queryText), [open, text, queryText]);
  const wanted = words.length > 0;
  const full = useMemo(() => articleText(paragraphs), [paragraphs]);
  const spans = useMemo(() => (wanted ? tokenSpans(full) : []), [full, wanted]);
  const matches = useMemo(() => wordMatches(spans, words), [spans, words]);
  const current = open ? matchFrom(matches, anchor) : -1;
  const currentMatch: TextMatch | undefined = matches[current];

  const draw = useCallback(() => {
    const body = bodyRef.current;
    if (!body) return;
    const ranges = matchRanges(body, paragraphs, matches);
    drawFound(ranges, ranges[current] ?? null);
    // Opened from a search: bring the first found word into view, once.
    if (!scrolledOnOpen.current) {
      scrolledOnOpen.current = true;
      const first = ranges.find((range) => range !== null);
      if (first) scrollRangeIntoView(first);
    }
  }, [bodyRef, paragraphs, matches, current]);
  useDrawnOverBody(bodyRef, draw);
  useEffect(() => clearFound, []);

  // Moving to another match (not redrawing the same one) scrolls it into view.
  const at = currentMatch?.start ?? -1;
  const to = currentMatch?.end ?? -1;
  useEffect(() => {
    const body = bodyRef.current;
    if (!body || at < 0) return;
    const [range] = matchRanges(body, paragraphs, [{ start: at, end: to }]);
    if (range) scrollRangeIntoView(range);
  }, [bodyRef, paragraphs, at, to]);

  const show = useCallback(() => {
    const active = document.activeElement;
    if (!active?.closest('[data-find-bar]')) returnFocus.current = active;
    if (!open) setText((typed) => typed || wordsAsText(queryWords(queryText)));
    setOpen(true);
    setFocusRequests((n) => n + 1);
  }, [open, queryText]);

  const close = useCallback(() => {
    setOpen(false);
    const back = returnFocus.current;
    returnFocus.current = null;
    if (back instanceof HTMLElement && back.isConnected && back !== document.body) back.focus();
    else bodyRef.current?.focus();
  }, [bodyRef]);

  const step = useCallback(
    (delta: 1 | -1) => {
      if (matches.length === 0) return;
      const from = current < 0 ? (delta === 1 ? -1 : 0) : current;
      const next = (from + delta + matches.length) % matches.length;
      setAnchor(matches[next]?.start ?? 0);
    },
    [matches, current],
  );

  const edit = useCallback((typed: string) => setText(typed), []);
  useFindKeys(bodyRef, open, show, step);
  return { open, text, count: matches.length, current, focusRequests, show, close, setText: edit, step };
}

/** Ctrl+Shift+F opens the bar; F3 and Shift+F3 step (opening it first), while the article is on screen. */
function useFindKeys(
  bodyRef: RefObject<HTMLElement | null>,
  open: boolean,
  show: () => void,
  step: (delta: 1 | -1) => void,
): void {
  const latest = useRef({ open, show, step });
  useEffect(() => {
    latest.current = { open, show, step };
  });
  useEffect(() => {
    const onKey = (event: KeyboardEvent): void => {
      const body = bodyRef.current;
      if (!body || body.getClientRects().length === 0 || event.altKey) return;
      const command = event.ctrlKey || event.metaKey;
      if (command && event.shiftKey && event.key.toLowerCase() === 'f') {
        event.preventDefault();
        latest.current.show();
      } else if (!command && event.key === 'F3') {
        event.preventDefault();
        if (latest.current.open) latest.current.step(event.shiftKey ? -1 : 1);
        else latest.current.show();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [bodyRef]);
}
