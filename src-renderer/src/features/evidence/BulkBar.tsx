// What the analyst can do with the selected rows at once: tag, recolour, add to a brief, link, and weigh in an
// ACH matrix. Each says what it did in a notice, with Undo (Ctrl+Z) for what it changed.
import { useId, useState, type FormEvent, type ReactNode } from 'react';
import { matricesOfLibrary } from '../../db/ach';
import { briefsNewestFirst } from '../../db/briefs';
import { inDb, useLive } from '../../db/live';
import { paletteLabel, usePalette } from '../../db/palette';
import type { ColorKey, Highlight, HighlightLinkType } from '../../db/schema';
import { errorMessage } from '../../platform/errors';
import { plural } from '../../ui/format';
import { useToasts } from '../../ui/toasts';
import { LINK_TYPE_NAMES } from '../links/link-labels';
import { BulkLinkDialog, NewMatrixDialog } from './BulkDialogs';
import {
  addHighlightsToBrief,
  addHighlightsToMatrix,
  linkToHighlight,
  recolourHighlights,
  restoreHighlightFields,
  tagHighlights,
  undoBriefAddition,
  undoMatrixAddition,
  unlink,
} from './evidence-bulk';

interface Props {
  readonly libraryId: string;
  readonly selected: readonly Highlight[];
  readonly tags: readonly string[];
  readonly onClear: () => void;
}

const NEW = '__new__';

export function BulkBar({ libraryId, selected, tags, onClear }: Props): ReactNode {
  const toasts = useToasts();
  const palette = usePalette();
  const briefs = useLive(briefsNewestFirst) ?? [];
  const matrices = useLive(matricesOfLibrary, libraryId) ?? [];
  const [tag, setTag] = useState('');
  const [dialog, setDialog] = useState<'link' | 'matrix' | null>(null);
  const listId = useId();
  const ids = selected.map((h) => h.id);
  const n = plural(selected.length, 'highlight');

  const failed = (what: string) => (error: unknown) =>
    toasts.push('error', `The highlights could not be ${what}.`, [errorMessage(error)]);

  const addTag = (event: FormEvent): void => {
    event.preventDefault();
    const name = tag.trim();
    if (!name) return;
    void inDb(tagHighlights, ids, name).then((before) => {
      setTag('');
      toasts.push('success', `Tagged ${plural(before.length, 'highlight')} “${name}”.`, [], {
        label: 'Undo',
        undo: true,
        run: () => void inDb(restoreHighlightFields, before),
      });
    }, failed('tagged'));
  };

  const recolour = (color: ColorKey): void => {
    void inDb(recolourHighlights, ids, color).then((before) => {
      toasts.push('success', `Marked ${plural(before.length, 'highlight')} “${paletteLabel(palette, color)}”.`, [], {
        label: 'Undo',
        undo: true,
        run: () => void inDb(restoreHighlightFields, before),
      });
    }, failed('recoloured'));
  };

  const toBrief = (briefId: string | null): void => {
    void inDb(addHighlightsToBrief, briefId, selected).then((addition) => {
      const skipped = selected.length - addition.added;
      toasts.push(
        'success',
        `Added ${plural(addition.added, 'highlight')} to “${addition.title}”.`,
        skipped > 0 ? [`${plural(skipped, 'highlight')} already in it.`] : [],
        { label: 'Undo', undo: true, run: () => void inDb(undoBriefAddition, addition) },
      );
    }, failed('added to the brief'));
  };

  const toMatrix = (matrixId: string | null, question = ''): void => {
    void inDb(addHighlightsToMatrix, libraryId, matrixId, selected, question).then((addition) => {
      if (!addition) {
        toasts.push('error', 'That matrix is gone: nothing was added.');
        return;
      }
      const skipped = selected.length - addition.added;
      toasts.push(
        'success',
        `Added ${plural(addition.added, 'evidence row')} to “${addition.question || 'Untitled matrix'}”.`,
        skipped > 0 ? [`${plural(skipped, 'highlight')} already weighed in it.`] : [],
        { label: 'Undo', undo: true, run: () => void inDb(undoMatrixAddition, addition) },
      );
    }, failed('added to the matrix'));
  };

  const link = (target: Highlight, type: HighlightLinkType): void => {
    void inDb(linkToHighlight, libraryId, ids, target.id, type).then((made) => {
      toasts.push('success', `Made ${plural(made.length, 'link')}: ${LINK_TYPE_NAMES[type]}.`, [], {
        label: 'Undo',
        undo: true,
        run: () => void inDb(unlink, made),
      });
    }, failed('linked'));
  };

  return (
    <div className="evidence-bulk" role="group" aria-label="Act on the selected highlights" data-testid="bulk-bar">
      <strong className="evidence-bulk-count">{n} selected</strong>
      <form className="evidence-bulk-tag" onSubmit={addTag}>
        <input
          type="text"
          aria-label="Tag to add to the selected"
          placeholder="Tag"
          list={listId}
          value={tag}
          onChange={(e) => setTag(e.target.value)}
        />
        <datalist id={listId}>
          {tags.map((t) => (
            <option key={t} value={t} />
          ))}
        </datalist>
        <button type="submit" disabled={!tag.trim()}>
          Add tag
        </button>
      </form>
      <select
        aria-label="Recolour the selected"
        value=""
        onChange={(e) => e.target.value && recolour(e.target.value as ColorKey)}
      >
        <option value="">Recolour…</option>
        {palette.map((p) => (
          <option key={p.key} value={p.key}>
            {p.label}
          </option>
        ))}
      </select>
      <select
        aria-label="Add the selected to a brief"
        value=""
        onChange={(e) => e.target.value && toBrief(e.target.value === NEW ? null : e.target.value)}
      >
        <option value="">Add to brief…</option>
        {briefs.map((b) => (
          <option key={b.id} value={b.id}>
            {b.title}
          </option>
        ))}
        <option value={NEW}>New brief</option>
      </select>
      <select
        aria-label="Add the selected to an ACH matrix"
        value=""
        onChange={(e) => {
          if (e.target.value === NEW) setDialog('matrix');
          else if (e.target.value) toMatrix(e.target.value);
        }}
      >
        <option value="">Add to matrix…</option>
        {matrices.map((m) => (
          <option key={m.id} value={m.id}>
            {m.question || 'Untitled matrix'}
          </option>
        ))}
        <option value={NEW}>New matrix…</option>
      </select>
      <button type="button" disabled={selected.length < 2} onClick={() => setDialog('link')}>
        Link…
      </button>
      <button type="button" className="link" onClick={onClear}>
        Clear selection
      </button>
      {dialog === 'link' && <BulkLinkDialog highlights={selected} onLink={link} onClose={() => setDialog(null)} />}
      {dialog === 'matrix' && (
        <NewMatrixDialog
          count={selected.length}
          onCreate={(question) => toMatrix(null, question)}
          onClose={() => setDialog(null)}
        />
      )}
    </div>
  );
}
