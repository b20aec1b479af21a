// Loads the open article's text, and loads it again whenever its file changes on disk.
import { useEffect, useState } from 'react';
import type { Article } from '../../../../src-preload/contract';
import { getApi } from '../../platform/api';
import { errorMessage } from '../../platform/errors';

export type ArticleState =
  { kind: 'idle' } | { kind: 'loading' } | { kind: 'loaded'; article: Article } | { kind: 'error'; message: string };

type Loaded = { key: string; state: ArticleState };

/** `version` is the file's content hash from the catalog: a new hash means read it again. */
export function useArticle(id: string | null, version: string | null): ArticleState {
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const key = id === null || version === null ? null : `${version}:${id}`;
  useEffect(() => {
    if (key === null || id === null) return;
    let live = true;
    getApi()
      .readArticle(id)
      .then(
        (article) => live && setLoaded({ key, state: { kind: 'loaded', article } }),
        (error: unknown) => live && setLoaded({ key, state: { kind: 'error', message: errorMessage(error) } }),
      );
    return () => {
      live = false;
    };
  }, [key, id]);
  if (key === null) return { kind: 'idle' };
  if (loaded?.key === key) return loaded.state;
  // While a changed file is read again, keep showing the text already on screen.
  if (loaded?.state.kind === 'loaded' && loaded.state.article.id === id) return loaded.state;
  return { kind: 'loading' };
}
