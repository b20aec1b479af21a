// The briefs workspace: the list of briefs, the composer for the open one, and its live preview,
// with exports to Markdown, HTML, PDF, Word and JSON and import of a brief's JSON.
import { useLiveQuery } from 'dexie-react-hooks';
import { useState, type ReactNode } from 'react';
import type { BriefFormat, CatalogEntry } from '../../../../src-preload/contract';
import { addItems } from '../../db/brief-edit';
import { copyBrief, createBrief, deleteBrief, restoreBrief } from '../../db/briefs';
import { getDb } from '../../db/db';
import { getApi } from '../../platform/api';
import { plural } from '../../ui/format';
import { useToasts } from '../../ui/toasts';
import { errorMessage } from '../library/use-library';
import { BriefEditor } from './BriefEditor';
import { BriefPreview } from './BriefPreview';
import { EvidencePicker } from './EvidencePicker';
import { EXPORT_FORMATS } from './export-formats';
import { importBriefFile } from './import-brief';
import { useBriefDocument } from './use-brief-document';
import { useBriefDraft } from './use-brief-draft';

interface Props {
  readonly entries: ReadonlyMap<string, CatalogEntry>;
  readonly activeId: string | null;
  readonly onActivate: (id: string | null) => void;
}

export function BriefsView({ entries, activeId, onActivate }: Props): ReactNode {
  const toasts = useToasts();
  const briefs =
    useLiveQuery(
      () =>
        getDb()
          .briefs.orderBy('updatedAt')
          .toArray()
          .then((list) => list.toReversed()),
      [],
    ) ?? [];
  const [brief, update] = useBriefDraft(activeId);
  const document = useBriefDocument(brief, entries);
  const [pickingFor, setPickingFor] = useState<string | null>(null);

  const create = async (): Promise<void> => onActivate((await createBrief(getDb())).id);
  const remove = async (id: string): Promise<void> => {
    const deleted = await deleteBrief(getDb(), id);
    if (!deleted) return;
    if (activeId === id) onActivate(null);
    toasts.push('info', `Deleted “${deleted.title}”.`, [], {
      label: 'Undo',
      run: () => void restoreBrief(getDb(), deleted).then(() => onActivate(deleted.id)),
    });
  };
  const exportAs = async (format: BriefFormat): Promise<void> => {
    if (!document) return;
    try {
      const path = await getApi().exportBrief({ document, format });
      if (path) toasts.push('success', `Exported “${document.title}”.`, [path]);
    } catch (error) {
      toasts.push('error', 'The brief could not be exported.', [errorMessage(error)]);
    }
  };
  const importBrief = async (): Promise<void> => {
    try {
      const result = await importBriefFile();
      if (!result) return;
      onActivate(result.brief.id);
      toasts.push('success', `Imported “${result.brief.title}”.`, [
        `${plural(result.createdHighlights, 'highlight')} re-created from the brief.`,
      ]);
    } catch (error) {
      toasts.push('error', 'The brief could not be imported.', [errorMessage(error)]);
    }
  };

  return (
    <div className="briefs-view">
      <nav className="brief-list" aria-label="Briefs">
        <div className="brief-list-actions">
          <button type="button" onClick={() => void create()}>
            New brief
          </button>
          <button type="button" onClick={() => void importBrief()}>
            Import…
          </button>
        </div>
        {briefs.length === 0 && (
          <p className="muted pad">No briefs yet. A brief gathers highlights as cited evidence for your findings.</p>
        )}
        <ul>
          {briefs.map((b) => (
            <li key={b.id} className={b.id === activeId ? 'selected' : ''}>
              <button
                type="button"
                className="brief-row"
                onClick={() => onActivate(b.id)}
                aria-current={b.id === activeId ? 'true' : undefined}
              >
                <span className="row-title">{b.title || 'Untitled brief'}</span>
                <span className="row-meta">
                  {plural(
                    b.sections.reduce((n, s) => n + s.items.length, 0),
                    'item',
                  )}
                </span>
              </button>
              <button
                type="button"
                aria-label={`Duplicate ${b.title}`}
                title="Duplicate"
                onClick={() => void copyBrief(getDb(), b.id).then((c) => c && onActivate(c.id))}
              >
                Copy
              </button>
              <button
                type="button"
                className="danger"
                aria-label={`Delete ${b.title}`}
                title="Delete"
                onClick={() => void remove(b.id)}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      </nav>
      {brief ? (
        <>
          <div className="brief-compose">
            <div className="export-bar" role="group" aria-label="Export brief">
              <span className="muted">Export:</span>
              {EXPORT_FORMATS.map(({ format, label }) => (
                <button key={format} type="button" onClick={() => void exportAs(format)} disabled={!document}>
                  {label}
                </button>
              ))}
            </div>
            <BriefEditor brief={brief} document={document} onChange={update} onAddEvidence={setPickingFor} />
          </div>
          <BriefPreview document={document} />
        </>
      ) : (
        <div className="empty-state">
          <h1>Briefs</h1>
          <p>
            Create a brief, then add highlights to it as evidence: from the reader’s annotations panel, or here in bulk
            by tag, colour, article or date.
          </p>
          <button type="button" onClick={() => void create()}>
            New brief
          </button>
        </div>
      )}
      {pickingFor && brief && (
        <EvidencePicker
          entries={entries}
          exclude={new Set(brief.sections.flatMap((s) => s.items.map((i) => i.highlightId)))}
          onClose={() => setPickingFor(null)}
          onAdd={(highlights) =>
            update(
              addItems(
                brief,
                highlights.map((h) => ({
                  highlightId: h.id,
                  comment: '',
                  quote: h.quote.exact,
                  articleId: h.articleId,
                  articleTitle: h.articleTitle,
                })),
                pickingFor,
              ),
            )
          }
        />
      )}
    </div>
  );
}
