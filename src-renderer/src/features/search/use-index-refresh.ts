// The generation of the open folder's text index as the page hears of it (index-refresh.ts): search
// results key on it, so they are asked for again as indexing advances and once when it ends.
import { useEffect, useState } from 'react';
import { getApi } from '../../platform/api';
import { IndexRefresh } from './index-refresh';

export function useIndexRefresh(root: string | null): number {
  const [generation, setGeneration] = useState(0);
  useEffect(() => {
    if (root === null) return undefined;
    const refresh = new IndexRefresh(setGeneration);
    const off = getApi().onScanProgress((progress) => {
      if (progress.root === root) refresh.progress(progress);
    });
    return () => {
      off();
      refresh.dispose();
    };
  }, [root]);
  return generation;
}
