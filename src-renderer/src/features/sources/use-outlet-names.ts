// The names the articles give their outlets ("Reuters" for reuters.com), found by asking main for one article
// of each outlet and reading its entry: a few calls at a time, once per library, never blocking the page.
import { useEffect, useState } from 'react';
import { getApi } from '../../platform/api';
import { entriesOf } from '../../platform/lookups';

/** Outlets asked about at once. */
const AT_ONCE = 6;

async function oneArticleOf(domain: string): Promise<string | null> {
  const found = await getApi().search({ text: '', filters: { domains: [domain] }, sort: 'date', offset: 0, limit: 1 });
  return found.hits[0]?.id ?? null;
}

/** Names by domain for these outlets; fills in as the answers come, empty until then (and on failure). */
export function useOutletNames(domains: readonly string[]): ReadonlyMap<string, string> {
  const [names, setNames] = useState<ReadonlyMap<string, string>>(new Map());
  const key = domains.join('\u0000');
  useEffect(() => {
    const run = { live: true };
    const wanted = key ? key.split('\u0000') : [];
    void (async () => {
      for (let i = 0; i < wanted.length && run.live; i += AT_ONCE) {
        const part = wanted.slice(i, i + AT_ONCE);
        const ids = await Promise.all(part.map((d) => oneArticleOf(d).catch(() => null)));
        const entries = await entriesOf(ids.flatMap((id) => (id ? [id] : []))).catch(() => []);
        const found = new Map<string, string>();
        for (const entry of entries)
          if (entry?.ok && entry.domain && entry.outlet) found.set(entry.domain, entry.outlet);
        if (run.live && found.size > 0) setNames((known) => new Map([...known, ...found]));
      }
    })();
    return () => {
      run.live = false;
    };
  }, [key]);
  return names;
}
