// Shows main's notices (the catalog rebuilt, a worker restarted, the page reloaded after a crash, a fault
// nothing else reported) as toasts: those waiting when the page loads, then each as it is posted. Main
// hands each notice out once, so a reload never shows one twice.
import { useEffect } from 'react';
import { getApi } from '../platform/api';
import { useToasts } from '../ui/toasts';

export function useAppNotices(): void {
  const { push } = useToasts();
  useEffect(() => {
    const api = getApi();
    const take = (): void => {
      // The toasts live above this hook: what is taken is shown even if the page moved on meanwhile.
      api.takeNotices().then(
        (notices) => {
          for (const notice of notices) push(notice.kind, notice.title, notice.lines);
        },
        () => undefined, // main is going away; the notices wait there for the next page
      );
    };
    const off = api.onNotice(take);
    take();
    return off;
  }, [push]);
}
