// The keys of the article text's caret: arrows by character, word (Ctrl), line and paragraph (Ctrl+↑/↓),
// Home/End by line (Ctrl: the whole article), Shift to extend a real DOM selection, and W, S, P to
// select the word, sentence or paragraph at the caret. The selection they make is the one the mouse
// makes, so 1–5 highlight it through the same path. Chromium moves the caret (Selection.modify, which
// knows lines and right-to-left text); the article's edges and paragraph jumps are computed here.
import type { KeyboardEvent, RefObject } from 'react';
import { firstParagraphInView, focusPoint, setCaret, textPointOf, type TextPoint } from './caret-dom';
import { unitAround, type TextUnit } from './text-units';

const MOVES: Readonly<Record<string, readonly [string, string, string]>> = {
  // key: direction, granularity, the same with Ctrl
  ArrowLeft: ['left', 'character', 'word'],
  ArrowRight: ['right', 'character', 'word'],
  ArrowUp: ['backward', 'line', ''],
  ArrowDown: ['forward', 'line', ''],
  Home: ['backward', 'lineboundary', ''],
  End: ['forward', 'lineboundary', ''],
};

const UNITS: Readonly<Record<string, TextUnit>> = { w: 'word', s: 'sentence', p: 'paragraph' };

/** Where a Ctrl+key jump lands, computed from the text rather than the layout. */
function jump(key: string, at: TextPoint, paragraphs: readonly string[]): TextPoint | null {
  const last = paragraphs.length - 1;
  if (key === 'Home') return { paragraph: 0, offset: 0 };
  if (key === 'End') return { paragraph: last, offset: paragraphs[last]?.length ?? 0 };
  if (key === 'ArrowDown') {
    return at.paragraph < last
      ? { paragraph: at.paragraph + 1, offset: 0 }
      : { paragraph: last, offset: paragraphs[last]?.length ?? 0 };
  }
  if (key === 'ArrowUp') {
    return at.offset > 0 || at.paragraph === 0
      ? { paragraph: at.paragraph, offset: 0 }
      : { paragraph: at.paragraph - 1, offset: 0 };
  }
  return null;
}

/** Handles a key pressed in the article text; `remembered` is the caret's last place (kept across re-renders). */
export function onCaretKey(
  event: KeyboardEvent,
  body: HTMLElement,
  paragraphs: readonly string[],
  remembered: RefObject<TextPoint | null>,
): void {
  if (!moveCaret(event, body, paragraphs, remembered)) return;
  // Chromium tells of the new selection in a task of its own, which a key pressed right after (2, to
  // highlight it) can overtake: tell the selection's listeners now, inside this key's event.
  body.ownerDocument.dispatchEvent(new Event('selectionchange'));
}

/** Moves the caret or selection for the key; false for a key that is not the caret's. */
function moveCaret(
  event: KeyboardEvent,
  body: HTMLElement,
  paragraphs: readonly string[],
  remembered: RefObject<TextPoint | null>,
): boolean {
  if (event.altKey || event.metaKey || paragraphs.length === 0) return false;
  const { key, ctrlKey: ctrl, shiftKey: shift } = event;
  const move = MOVES[key];
  const unit = ctrl ? undefined : UNITS[key.toLowerCase()];
  if (!move && !unit && key !== 'Escape') return false;
  if (event.target !== body) {
    // A key on a highlight (a tab stop inside the text) other than a move is the highlight's own.
    if (!move || !(event.target instanceof Element)) return false;
    const at = textPointOf(body, event.target, 0);
    body.focus({ preventScroll: true });
    if (at) setCaret(body, at);
  }
  const selection = body.ownerDocument.getSelection();
  if (!selection) return false;
  let focus = focusPoint(body, selection);
  if (!focus) {
    focus = remembered.current ?? { paragraph: firstParagraphInView(body), offset: 0 };
    setCaret(body, focus);
  }
  const anchor = (selection.anchorNode && textPointOf(body, selection.anchorNode, selection.anchorOffset)) ?? focus;
  event.preventDefault();

  if (key === 'Escape') {
    setCaret(body, focus);
    return true;
  }
  if (unit) {
    const span = unitAround(paragraphs[focus.paragraph] ?? '', focus.offset, unit);
    if (span) setCaret(body, { paragraph: focus.paragraph, offset: span.end }, { ...focus, offset: span.start });
    return true;
  }
  if (!move) return true;
  const [direction, granularity, ctrlGranularity] = move;
  const landing = ctrl && !ctrlGranularity ? jump(key, focus, paragraphs) : null;
  if (landing) {
    setCaret(body, landing, shift ? anchor : undefined);
    return true;
  }
  selection.modify(shift ? 'extend' : 'move', direction, ctrl ? ctrlGranularity : granularity);
  if (!focusPoint(body, selection)) {
    // Chromium moved out of the article (past its first or last line): stop at its edge instead.
    const edge = jump(direction === 'backward' || direction === 'left' ? 'Home' : 'End', focus, paragraphs);
    setCaret(body, direction === 'left' || direction === 'right' ? focus : (edge ?? focus), shift ? anchor : undefined);
  }
  return true;
}
