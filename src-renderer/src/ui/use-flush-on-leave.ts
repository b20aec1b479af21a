// Runs a save-what-is-pending function when the component goes away or the window closes, so text
// typed within a debounce is never lost.
import { useEffect } from 'react';

export function useFlushOnLeave(flush: () => void): void {
  useEffect(() => {
    window.addEventListener('pagehide', flush);
    return () => {
      window.removeEventListener('pagehide', flush);
      flush();
    };
  }, [flush]);
}
