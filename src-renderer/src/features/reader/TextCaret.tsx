// The visible caret of the article text while it has the keyboard focus (Chromium draws none in text
// that is not editable): a thin bar at the selection's moving end, or where the caret last was when
// re-rendered marks took the selection away; it is kept in view as the keys move it.
import { useEffect, useLayoutEffect, useRef, useState, type ReactNode, type RefObject } from 'react';
import { domPointOf, focusPoint, type TextPoint } from './caret-dom';

interface Place {
  readonly top: number;
  readonly left: number;
  readonly height: number;
}

interface Props {
  readonly bodyRef: RefObject<HTMLDivElement | null>;
  /** The caret's last place in the text, updated here and read by the keys. */
  readonly remembered: RefObject<TextPoint | null>;
}

function caretRect(body: HTMLElement, remembered: TextPoint | null): DOMRect | null {
  const selection = body.ownerDocument.getSelection();
  const range = body.ownerDocument.createRange();
  if (selection?.focusNode && focusPoint(body, selection)) {
    range.setStart(selection.focusNode, selection.focusOffset);
  } else {
    const point = remembered && domPointOf(body, remembered);
    if (!point) return null;
    range.setStart(point.node, point.offset);
  }
  range.collapse(true);
  const rect = range.getClientRects()[0] ?? range.getBoundingClientRect();
  if (rect.height > 0) return rect;
  const holder = range.startContainer instanceof Element ? range.startContainer : range.startContainer.parentElement;
  return holder?.getBoundingClientRect() ?? null;
}

export function TextCaret({ bodyRef, remembered }: Props): ReactNode {
  const [place, setPlace] = useState<Place | null>(null);
  const caret = useRef<HTMLSpanElement>(null);

  useEffect(() => {
    const body = bodyRef.current;
    const frame = body?.parentElement;
    if (!body || !frame) return;
    const update = (): void => {
      const selection = body.ownerDocument.getSelection();
      const point = focusPoint(body, selection);
      if (point) remembered.current = point;
      const rect = body.ownerDocument.activeElement === body ? caretRect(body, remembered.current) : null;
      if (!rect) {
        setPlace(null);
        return;
      }
      const origin = frame.getBoundingClientRect();
      setPlace({ top: rect.top - origin.top, left: rect.left - origin.left, height: rect.height });
    };
    const resized = new ResizeObserver(update);
    resized.observe(body);
    const changed = new MutationObserver(update);
    changed.observe(body, { childList: true, subtree: true, characterData: true });
    document.addEventListener('selectionchange', update);
    body.addEventListener('focus', update);
    body.addEventListener('blur', update);
    return () => {
      resized.disconnect();
      changed.disconnect();
      document.removeEventListener('selectionchange', update);
      body.removeEventListener('focus', update);
      body.removeEventListener('blur', update);
    };
  }, [bodyRef, remembered]);

  useLayoutEffect(() => {
    if (place) caret.current?.scrollIntoView({ block: 'nearest' });
  }, [place]);

  if (!place) return null;
  return (
    <span
      ref={caret}
      className="text-caret"
      aria-hidden="true"
      data-testid="text-caret"
      style={{ top: place.top, left: place.left, height: place.height }}
    />
  );
}
