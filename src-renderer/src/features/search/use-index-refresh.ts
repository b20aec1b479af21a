// The generation of the text index as the page hears of it (index-refresh.ts): search results key on it,
// so they are asked for again as indexing advances and once when it ends. Progress comes only for the
// open folder; a late report of one just closed costs one request, never a wrong list.
import { useEffect, useState } from 'react';
import { getApi } from '../../platform/api';
import { IndexRefresh } from './index-refresh';

export function useIndexRefresh(): number {
  const [generation, setGeneration] = useState(0);
  useEffect(() => {
    const refresh = new IndexRefresh(setGeneration);
    const off = getApi().onScanProgress((progress) => refresh.progress(progress));
    return () => {
      off();
      refresh.dispose();
    };
  }, []);
  return generation;
}
