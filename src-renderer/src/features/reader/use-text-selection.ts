// Tracks the analyst's text selection inside the article body as text offsets plus where to float the toolbar.
import { useCallback, useEffect, useState, type RefObject } from 'react';
import { rangeToTextOffsets } from '../../anchoring/dom-range';

export interface TextSelection {
  readonly start: number;
  readonly end: number;
  readonly top: number;
  readonly left: number;
}

export function useTextSelection(
  bodyRef: RefObject<HTMLElement | null>,
  paragraphs: readonly string[],
): [TextSelection | null, () => void] {
  const [selection, setSelection] = useState<TextSelection | null>(null);

  useEffect(() => {
    const update = (): void => {
      const body = bodyRef.current;
      const current = window.getSelection();
      if (!body || !current || current.rangeCount === 0 || current.isCollapsed) {
        setSelection(null);
        return;
      }
      const range = current.getRangeAt(0);
      if (!body.contains(range.commonAncestorContainer)) {
        setSelection(null);
        return;
      }
      const offsets = rangeToTextOffsets(body, range, paragraphs);
      if (!offsets) {
        setSelection(null);
        return;
      }
      const rect = range.getBoundingClientRect();
      setSelection({ ...offsets, top: Math.max(8, rect.top - 46), left: Math.max(8, rect.left) });
    };
    document.addEventListener('selectionchange', update);
    return () => document.removeEventListener('selectionchange', update);
  }, [bodyRef, paragraphs]);

  const clear = useCallback(() => {
    window.getSelection()?.removeAllRanges();
    setSelection(null);
  }, []);
  return [selection, clear];
}
