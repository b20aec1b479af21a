// Opens a <dialog> as a modal while the component is mounted: the rest of the page is inert, Tab cycles
// inside it (also where the browser would leave for its own chrome), and the focus goes back to where
// it was when the dialog closes.
import { useEffect, type KeyboardEvent, type RefObject } from 'react';

const FOCUSABLE = 'button, [href], input, select, textarea, [tabindex]:not([tabindex="-1"])';

export function useModal(ref: RefObject<HTMLDialogElement | null>): (event: KeyboardEvent) => void {
  useEffect(() => {
    const dialog = ref.current;
    const opener = document.activeElement;
    if (dialog && !dialog.open) dialog.showModal();
    return () => {
      if (opener instanceof HTMLElement && opener.isConnected) opener.focus();
    };
  }, [ref]);

  return (event: KeyboardEvent): void => {
    const dialog = ref.current;
    if (event.key !== 'Tab' || !dialog) return;
    const stops = [...dialog.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((el) => !el.hasAttribute('disabled'));
    const first = stops[0];
    const last = stops.at(-1);
    if (!first || !last) return;
    if (event.shiftKey && document.activeElement === first) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && document.activeElement === last) {
      event.preventDefault();
      first.focus();
    }
  };
}
