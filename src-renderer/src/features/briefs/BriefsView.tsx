// The briefs workspace: the list of briefs, the composer for the open one, and its live preview (set with
// the last export choices), the export dialog (Markdown, HTML, PDF, Word, JSON) and import of a brief's JSON.
import { useState, type ReactNode } from 'react';
import { addItems } from '../../db/brief-edit';
import { createBrief, deleteBrief, restoreBrief } from '../../db/briefs';
import { inDb } from '../../db/live';
import type { Highlight } from '../../db/schema';
import { errorMessage } from '../../platform/errors';
import { plural } from '../../ui/format';
import { useToasts } from '../../ui/toasts';
import { BriefEditor } from './BriefEditor';
import { SidePane } from '../../ui/panes/SidePane';
import { BriefList } from './BriefList';
import { BriefPreview } from './BriefPreview';
import { BriefsPanes } from './BriefsPanes';
import { EvidencePicker } from './EvidencePicker';
import { useExportPreferences } from './export-choices';
import { ExportDialog } from './ExportDialog';
import { importBriefFile } from './import-brief';
import { DEFAULT_EXPORT_OPTIONS } from '../../../../src-shared/briefs/export-options';
import { useBriefDocument } from './use-brief-document';
import { useBriefDraft } from './use-brief-draft';

interface Props {
  readonly activeId: string | null;
  readonly onActivate: (id: string | null) => void;
  /** Shows an ACH section's matrix in the Hypotheses view. */
  readonly onOpenMatrix: (matrixId: string) => void;
}

const asItem = (h: Highlight) => ({
  highlightId: h.id,
  comment: '',
  quote: h.quote.exact,
  articleId: h.articleId,
  articleTitle: h.articleTitle,
});

export function BriefsView({ activeId, onActivate, onOpenMatrix }: Props): ReactNode {
  const toasts = useToasts();
  const [brief, update] = useBriefDraft(activeId);
  const document = useBriefDocument(brief);
  const [pickingFor, setPickingFor] = useState<string | null>(null);
  const [exporting, setExporting] = useState(false);
  const [exports, setExports] = useState(0);
  const preferences = useExportPreferences(exports);
  const previewOptions = (preferences !== 'failed' && preferences?.brief?.options) || DEFAULT_EXPORT_OPTIONS;
  // A brief just made is named after the day; the caret waits in its title for the analyst's own name.
  const [named, setNamed] = useState<string | null>(null);

  const create = async (): Promise<void> => {
    const made = await inDb(createBrief);
    setNamed(made.id);
    onActivate(made.id);
  };
  const remove = async (id: string): Promise<void> => {
    const deleted = await inDb(deleteBrief, id);
    if (!deleted) return;
    if (activeId === id) onActivate(null);
    toasts.push('info', `Deleted “${deleted.title}”.`, [], {
      label: 'Undo',
      undo: true,
      run: () => void inDb(restoreBrief, deleted).then(() => onActivate(deleted.id)),
    });
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
    <BriefsPanes>
      <SidePane side="start">
        <BriefList
          activeId={activeId}
          onActivate={onActivate}
          onCreate={() => void create()}
          onImport={() => void importBrief()}
          onDelete={(id) => void remove(id)}
        />
      </SidePane>
      {brief ? (
        <>
          <div className="brief-compose">
            <div className="export-bar">
              <button type="button" className="bordered-button" onClick={() => setExporting(true)} disabled={!document}>
                Export…
              </button>
            </div>
            <BriefEditor
              key={brief.id}
              brief={brief}
              document={document}
              onChange={update}
              onAddEvidence={setPickingFor}
              onOpenMatrix={onOpenMatrix}
              focusTitle={named === brief.id}
            />
          </div>
          <SidePane side="end">
            <BriefPreview document={document} options={previewOptions} />
          </SidePane>
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
      {exporting && brief && (
        <ExportDialog
          kind="brief"
          makeDocument={() => document}
          onClose={() => setExporting(false)}
          onExported={() => setExports((n) => n + 1)}
        />
      )}
      {pickingFor && brief && (
        <EvidencePicker
          exclude={new Set(brief.sections.flatMap((s) => s.items.map((i) => i.highlightId)))}
          onClose={() => setPickingFor(null)}
          onAdd={(highlights) => update(addItems(brief, highlights.map(asItem), pickingFor))}
        />
      )}
    </BriefsPanes>
  );
}
