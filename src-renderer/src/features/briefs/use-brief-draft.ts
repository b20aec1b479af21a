// The brief being edited: a local draft so typing never waits on the database, saved shortly after
// each change and whenever the editor closes.
import { useCallback, useRef, useState } from 'react';
import { briefById, saveBrief } from '../../db/briefs';
import { inDb, useLive } from '../../db/live';
import type { Brief } from '../../db/schema';
import { useFlushOnLeave } from '../../ui/use-flush-on-leave';

export function useBriefDraft(id: string | null): [Brief | undefined, (next: Brief) => void] {
  const stored = useLive(briefById, id);
  const [draft, setDraft] = useState<Brief | undefined>(undefined);
  const pending = useRef<Brief | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  const flush = useCallback(() => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    const brief = pending.current;
    pending.current = null;
    if (brief) void inDb(saveBrief, brief);
  }, []);

  // The draft shows until its save lands (saving stamps a later time), or something else changes the brief.
  const current = draft && draft.id === id && (!stored || stored.updatedAt <= draft.updatedAt) ? draft : stored;

  useFlushOnLeave(flush);

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
