// The brief composer: title, summary, sections with their text and evidence; evidence and sections
// reorder by drag and drop or with Alt+↑/↓; every edit is saved as it is made, and a removed section can be
// put back (Undo). A section that shows an ACH matrix or a timeline range shows its table or dated list,
// read-only (the matrix opens in the Hypotheses view to edit). A brief just made opens with its title
// selected, so the analyst names it by typing.
import { useEffect, useRef, useState, type DragEvent, type KeyboardEvent, type ReactNode } from 'react';
import type { BriefDocument, BriefEvidence, BriefSection } from '../../../../src-preload/contract';
import {
  emptySection,
  moveItem,
  moveSection,
  nudgeItem,
  removeItem,
  removeSection,
  updateItem,
  updateSection,
} from '../../db/brief-edit';
import type { Brief, BriefItem } from '../../db/schema';
import { IsolatedText } from '../../ui/IsolatedText';
import { useToasts } from '../../ui/toasts';
import { NoteText } from '../notes/NoteText';
import { AchSectionView } from './AchSectionView';
import { insertSection } from './section-undo';
import { TimelineSectionView } from './TimelineSectionView';

interface Props {
  readonly brief: Brief;
  readonly document: BriefDocument | null;
  readonly onChange: (brief: Brief) => void;
  readonly onAddEvidence: (sectionId: string) => void;
  /** Shows an ACH section's matrix in the Hypotheses view. */
  readonly onOpenMatrix: (matrixId: string) => void;
  /** Put the caret in the title, its text selected (a brief just made). */
  readonly focusTitle?: boolean;
}

const ITEM_TYPE = 'application/x-dossier-evidence';
const SECTION_TYPE = 'application/x-dossier-section';

export function BriefEditor({
  brief,
  document,
  onChange,
  onAddEvidence,
  onOpenMatrix,
  focusTitle = false,
}: Props): ReactNode {
  const [dropTarget, setDropTarget] = useState<string | null>(null);
  const titleRef = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (!focusTitle) return;
    titleRef.current?.focus();
    titleRef.current?.select();
  }, [focusTitle]);
  const evidenceById = new Map<string, BriefEvidence>(
    document?.sections.flatMap((s) => s.evidence.map((e) => [e.id, e] as const)) ?? [],
  );
  const shownById = new Map<string, BriefSection>(document?.sections.map((s) => [s.id, s] as const) ?? []);
  const toasts = useToasts();
  // The brief as it is now, for an Undo pressed after later edits.
  const latest = useRef(brief);
  useEffect(() => {
    latest.current = brief;
  }, [brief]);
  const removeWithUndo = (sectionId: string): void => {
    const index = brief.sections.findIndex((s) => s.id === sectionId);
    const removed = brief.sections[index];
    if (!removed) return;
    onChange(removeSection(brief, sectionId));
    const name = removed.heading.trim() || 'Untitled section';
    toasts.push('info', `Removed the section “${name}”.`, [], {
      label: 'Undo',
      undo: true,
      run: () => onChange(insertSection(latest.current, removed, index)),
    });
  };

  const onItemDrop = (event: DragEvent, sectionId: string, index: number): void => {
    const itemId = event.dataTransfer.getData(ITEM_TYPE);
    const sectionFrom = event.dataTransfer.getData(SECTION_TYPE);
    setDropTarget(null);
    if (itemId) {
      event.preventDefault();
      event.stopPropagation();
      onChange(moveItem(brief, itemId, sectionId, index));
    } else if (sectionFrom) {
      event.preventDefault();
      event.stopPropagation();
      const from = brief.sections.findIndex((s) => s.id === sectionFrom);
      const to = brief.sections.findIndex((s) => s.id === sectionId);
      onChange(moveSection(brief, from, to));
    }
  };
  const allowDrop = (event: DragEvent, target: string): void => {
    if (event.dataTransfer.types.includes(ITEM_TYPE) || event.dataTransfer.types.includes(SECTION_TYPE)) {
      event.preventDefault();
      setDropTarget(target);
    }
  };

  return (
    <div className="brief-editor" data-testid="brief-editor">
      <input
        ref={titleRef}
        className="brief-title"
        aria-label="Brief title"
        value={brief.title}
        onChange={(e) => onChange({ ...brief, title: e.target.value })}
      />
      <label className="field">
        <span>Summary</span>
        <textarea
          aria-label="Brief summary"
          rows={4}
          value={brief.summary}
          placeholder="The findings in a few sentences."
          onChange={(e) => onChange({ ...brief, summary: e.target.value })}
        />
      </label>
      {brief.sections.map((section, sIndex) => (
        <section
          key={section.id}
          className={`brief-section${dropTarget === section.id ? ' drop-target' : ''}`}
          aria-label={`Section ${sIndex + 1}: ${section.heading}`}
          data-testid="brief-section"
          onDragOver={(e) => allowDrop(e, section.id)}
          onDragLeave={() => setDropTarget(null)}
          onDrop={(e) => onItemDrop(e, section.id, section.items.length)}
        >
          <div className="section-head">
            <span
              className="drag-handle"
              draggable
              title="Drag to reorder sections"
              aria-hidden="true"
              onDragStart={(e) => e.dataTransfer.setData(SECTION_TYPE, section.id)}
            >
              ⠿
            </span>
            <input
              aria-label="Section heading"
              dir="auto"
              value={section.heading}
              onChange={(e) => onChange(updateSection(brief, section.id, { heading: e.target.value }))}
            />
            <button
              type="button"
              aria-label="Move section up"
              disabled={sIndex === 0}
              onClick={() => onChange(moveSection(brief, sIndex, sIndex - 1))}
            >
              ↑
            </button>
            <button
              type="button"
              aria-label="Move section down"
              disabled={sIndex === brief.sections.length - 1}
              onClick={() => onChange(moveSection(brief, sIndex, sIndex + 1))}
            >
              ↓
            </button>
            <button
              type="button"
              className="danger"
              aria-label="Remove section"
              onClick={() => removeWithUndo(section.id)}
            >
              ×
            </button>
          </div>
          <textarea
            aria-label="Section text"
            rows={3}
            value={section.text}
            placeholder="What this section argues."
            onChange={(e) => onChange(updateSection(brief, section.id, { text: e.target.value }))}
          />
          <AnalysisView
            section={shownById.get(section.id)}
            expectsMatrix={section.ach !== undefined}
            onOpenMatrix={onOpenMatrix}
          />
          <ol className="evidence-list">
            {section.items.map((item, index) => (
              <EvidenceRow
                key={item.id}
                item={item}
                evidence={evidenceById.get(item.id)}
                onComment={(comment) => onChange(updateItem(brief, item.id, { comment }))}
                onRemove={() => onChange(removeItem(brief, item.id))}
                onNudge={(direction) => onChange(nudgeItem(brief, item.id, direction))}
                onDrop={(e) => onItemDrop(e, section.id, index)}
              />
            ))}
          </ol>
          <button type="button" className="bordered-button add-evidence" onClick={() => onAddEvidence(section.id)}>
            + Add evidence…
          </button>
        </section>
      ))}
      <button
        type="button"
        className="bordered-button add-section"
        onClick={() =>
          onChange({ ...brief, sections: [...brief.sections, emptySection(`Section ${brief.sections.length + 1}`)] })
        }
      >
        + Add section
      </button>
    </div>
  );
}

/** An ACH section's table or a timeline section's list, as the document shows it now. */
function AnalysisView({
  section,
  expectsMatrix,
  onOpenMatrix,
}: {
  readonly section: BriefSection | undefined;
  readonly expectsMatrix: boolean;
  readonly onOpenMatrix: (matrixId: string) => void;
}): ReactNode {
  if (section?.ach) return <AchSectionView section={section} ach={section.ach} onOpenMatrix={onOpenMatrix} />;
  if (section?.timeline) return <TimelineSectionView timeline={section.timeline} />;
  if (expectsMatrix && section) return <p className="muted">The ACH matrix this section showed has been deleted.</p>;
  return null;
}

interface RowProps {
  readonly item: BriefItem;
  readonly evidence: BriefEvidence | undefined;
  readonly onComment: (comment: string) => void;
  readonly onRemove: () => void;
  readonly onNudge: (direction: -1 | 1) => void;
  readonly onDrop: (event: DragEvent) => void;
}

function EvidenceRow({ item, evidence, onComment, onRemove, onNudge, onDrop }: RowProps): ReactNode {
  const onKeyDown = (event: KeyboardEvent): void => {
    if (!event.altKey || (event.key !== 'ArrowUp' && event.key !== 'ArrowDown')) return;
    event.preventDefault();
    onNudge(event.key === 'ArrowUp' ? -1 : 1);
  };
  return (
    <li
      className={`evidence card card-${evidence?.colour ?? 'yellow'}${evidence?.orphaned ? ' orphaned' : ''}`}
      draggable
      data-testid="evidence-item"
      onDragStart={(e) => {
        e.stopPropagation();
        e.dataTransfer.setData(ITEM_TYPE, item.id);
        e.dataTransfer.effectAllowed = 'move';
      }}
      onDragOver={(e) => {
        if (e.dataTransfer.types.includes(ITEM_TYPE)) e.preventDefault();
      }}
      onDrop={onDrop}
    >
      <div className="evidence-head">
        <span className="drag-handle" aria-hidden="true" title="Drag to reorder">
          ⠿
        </span>
        <span className="card-colour">{evidence?.meaning}</span>
        <span className="evidence-source">
          <IsolatedText text={evidence?.source.outlet ?? 'no outlet'} /> ·{' '}
          <IsolatedText text={evidence?.source.title ?? item.articleTitle} />
          {evidence?.paragraph ? ` · para. ${evidence.paragraph}` : ''}
        </span>
        <button type="button" aria-label="Move evidence up" onClick={() => onNudge(-1)}>
          ↑
        </button>
        <button type="button" aria-label="Move evidence down" onClick={() => onNudge(1)}>
          ↓
        </button>
        <button type="button" className="danger" aria-label="Remove evidence" onClick={onRemove}>
          ×
        </button>
      </div>
      <blockquote tabIndex={0} onKeyDown={onKeyDown} title="Alt+↑ / Alt+↓ to move">
        {evidence?.quote ?? item.quote}
      </blockquote>
      {evidence?.orphaned && <p className="orphan-flag">⚠ Not found in the current text of the article</p>}
      {evidence?.note && <NoteText className="markdown card-note" source={evidence.note} />}
      <textarea
        aria-label="Evidence comment"
        rows={2}
        value={item.comment}
        placeholder="Your comment on this evidence."
        onChange={(e) => onComment(e.target.value)}
        onKeyDown={onKeyDown}
      />
    </li>
  );
}
