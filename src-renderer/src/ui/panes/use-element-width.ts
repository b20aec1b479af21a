// The width of an element as it lays out, kept current by a ResizeObserver; a hidden element (width 0)
// keeps the last width it had, so a workspace shown again does not first lay out for nothing.
import { useLayoutEffect, useState, type RefObject } from 'react';

export function useElementWidth(ref: RefObject<HTMLElement | null>, fallback: number): number {
  const [width, setWidth] = useState(fallback);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    const take = (next: number): void => {
      if (next > 0) setWidth(Math.round(next));
    };
    take(element.getBoundingClientRect().width);
    const observer = new ResizeObserver((entries) => {
      for (const entry of entries) take(entry.contentRect.width);
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref]);
  return width;
}
