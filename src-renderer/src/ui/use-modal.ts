// Opens a <dialog> as a modal while the component is mounted: the rest of the page is inert, Tab cycles
// inside it (also where the browser would leave for its own chrome), and the focus goes back to where
// it was when the dialog closes.
import { useEffect, type KeyboardEvent, type RefObject } from 'react';
import { trapTab } from './focus-trap';

export function useModal(ref: RefObject<HTMLDialogElement | null>): (event: KeyboardEvent<HTMLElement>) => void {
  useEffect(() => {
    const dialog = ref.current;
    const opener = document.activeElement;
    if (dialog && !dialog.open) dialog.showModal();
    return () => {
      if (opener instanceof HTMLElement && opener.isConnected) opener.focus();
    };
  }, [ref]);

  return trapTab;
}
