// The brief being edited: a local draft so typing never waits on the database, saved shortly after
// each change and whenever the editor closes.
import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useEffect, useRef, useState } from 'react';
import { saveBrief } from '../../db/briefs';
import { getDb } from '../../db/db';
import type { Brief } from '../../db/schema';

export function useBriefDraft(id: string | null): [Brief | undefined, (next: Brief) => void] {
  const stored = useLiveQuery(() => (id ? getDb().briefs.get(id) : undefined), [id]);
  const [draft, setDraft] = useState<Brief | undefined>(undefined);
  const pending = useRef<Brief | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  const flush = useCallback(() => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    const brief = pending.current;
    pending.current = null;
    if (brief) void saveBrief(getDb(), brief);
  }, []);

  // The draft shows until its save lands (saving stamps a later time), or something else changes the brief.
  const current = draft && draft.id === id && (!stored || stored.updatedAt <= draft.updatedAt) ? draft : stored;

  // Edits still waiting are saved when the composer goes away or the window closes; switching briefs
  // lets the timer save them.
  useEffect(() => {
    window.addEventListener('pagehide', flush);
    return () => {
      window.removeEventListener('pagehide', flush);
      flush();
    };
  }, [flush]);

  const update = useCallback(
    (next: Brief) => {
      const stamped = { ...next, updatedAt: Date.now() };
      setDraft(stamped);
      pending.current = stamped;
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(flush, 300);
    },
    [flush],
  );
  return [current, update];
}
