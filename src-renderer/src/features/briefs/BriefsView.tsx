// The briefs workspace: the list of briefs, the composer for the open one, and its live preview,
// with exports to Markdown, HTML, PDF, Word and JSON and import of a brief's JSON.
import { useState, type ReactNode } from 'react';
import type { BriefFormat } from '../../../../src-preload/contract';
import { addItems } from '../../db/brief-edit';
import { createBrief, deleteBrief, restoreBrief } from '../../db/briefs';
import { inDb } from '../../db/live';
import type { Highlight } from '../../db/schema';
import { getApi } from '../../platform/api';
import { errorMessage } from '../../platform/errors';
import { plural } from '../../ui/format';
import { useToasts } from '../../ui/toasts';
import { BriefEditor } from './BriefEditor';
import { BriefList } from './BriefList';
import { BriefPreview } from './BriefPreview';
import { EvidencePicker } from './EvidencePicker';
import { EXPORT_FORMATS } from './export-formats';
import { importBriefFile } from './import-brief';
import { useBriefDocument } from './use-brief-document';
import { useBriefDraft } from './use-brief-draft';

interface Props {
  readonly activeId: string | null;
  readonly onActivate: (id: string | null) => void;
}

const asItem = (h: Highlight) => ({
  highlightId: h.id,
  comment: '',
  quote: h.quote.exact,
  articleId: h.articleId,
  articleTitle: h.articleTitle,
});

export function BriefsView({ activeId, onActivate }: Props): ReactNode {
  const toasts = useToasts();
  const [brief, update] = useBriefDraft(activeId);
  const document = useBriefDocument(brief);
  const [pickingFor, setPickingFor] = useState<string | null>(null);

  const create = async (): Promise<void> => onActivate((await inDb(createBrief)).id);
  const remove = async (id: string): Promise<void> => {
    const deleted = await inDb(deleteBrief, id);
    if (!deleted) return;
    if (activeId === id) onActivate(null);
    toasts.push('info', `Deleted “${deleted.title}”.`, [], {
      label: 'Undo',
      run: () => void inDb(restoreBrief, deleted).then(() => onActivate(deleted.id)),
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
    <div className="briefs-view" role="tabpanel" id="panel-briefs" aria-labelledby="tab-briefs">
      <BriefList
        activeId={activeId}
        onActivate={onActivate}
        onCreate={() => void create()}
        onImport={() => void importBrief()}
        onDelete={(id) => void remove(id)}
      />
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
          exclude={new Set(brief.sections.flatMap((s) => s.items.map((i) => i.highlightId)))}
          onClose={() => setPickingFor(null)}
          onAdd={(highlights) => update(addItems(brief, highlights.map(asItem), pickingFor))}
        />
      )}
    </div>
  );
}
