// The panel beside the reader: the article's note and tags, its highlights in document order, and
// the orphans that could not be placed in the current text.
import type { ReactNode } from 'react';
import type { Article } from '../../../../src-preload/contract';
import { articleAnnotation, saveArticleAnnotation, updateHighlight } from '../../db/highlights';
import { inDb, useLive } from '../../db/live';
import { paletteLabel, usePalette } from '../../db/palette';
import { COLOR_KEYS, type Highlight } from '../../db/schema';
import { tagNames } from '../../db/tags';
import { AddToMatrix } from '../ach/AddToMatrix';
import { AddToBrief } from './AddToBrief';
import { HighlightLinks } from '../links/HighlightLinks';
import { meaningLetters } from '../../ui/meaning-letters';
import { NoteEditor } from '../notes/NoteEditor';
import { NoteSummary } from './NoteSummary';
import { PaletteLegend } from './PaletteLegend';
import { HighlightGrade } from '../sources/HighlightGrade';
import { EventDateField } from '../timeline/EventDateField';
import { TagInput } from './TagInput';
import type { AnchoredHighlight } from './use-anchored-highlights';

interface Props {
  /** The library the article is in: its work is filed under it. */
  readonly libraryId: string;
  readonly article: Article;
  readonly anchored: readonly AnchoredHighlight[];
  readonly orphans: readonly Highlight[];
  readonly selectedId: string | null;
  readonly hasSelection: boolean;
  readonly onSelect: (id: string) => void;
  readonly onDelete: (highlight: Highlight) => void;
  readonly onReattach: (highlight: Highlight) => void;
}

const NO_TAGS: string[] = [];
/** The pane's id: the skip link "Skip to notes" focuses it. */
export const NOTES_ID = 'notes';

export function AnnotationsPanel(props: Props): ReactNode {
  const { libraryId, article, anchored, orphans, selectedId } = props;
  const suggestions = useLive(tagNames, libraryId) ?? NO_TAGS;
  const note = useLive(articleAnnotation, libraryId, article.id);
  const ref = { id: article.id, hash: article.hash, title: article.title };

  return (
    <aside className="annotations" aria-label="Annotations" data-testid="annotations-panel" id={NOTES_ID} tabIndex={-1}>
      <PaletteLegend />
      <section className="panel-section" aria-label="Article note">
        <h2>Article</h2>
        <NoteEditor
          key={`article:${article.id}`}
          value={note?.note ?? ''}
          label="Article note"
          placeholder="No note on this article."
          onSave={(value) => void inDb(saveArticleAnnotation, libraryId, ref, { note: value })}
        />
        <TagInput
          label="Article tags"
          tags={note?.tags ?? []}
          suggestions={suggestions}
          onChange={(tags) => void inDb(saveArticleAnnotation, libraryId, ref, { tags })}
        />
      </section>
      <section className="panel-section" aria-label="Highlights">
        <h2>
          Highlights <span className="count">{anchored.length}</span>
        </h2>
        {anchored.length === 0 && (
          <p className="muted">Select text in the article, then pick a colour (or press 1–5).</p>
        )}
        <ol className="highlight-cards" data-testid="highlight-cards">
          {anchored.map(({ highlight }) => (
            <HighlightCard
              key={highlight.id}
              highlight={highlight}
              selected={highlight.id === selectedId}
              suggestions={suggestions}
              onSelect={() => props.onSelect(highlight.id)}
              onDelete={() => props.onDelete(highlight)}
            />
          ))}
        </ol>
      </section>
      {orphans.length > 0 && (
        <section className="panel-section orphans" aria-label="Orphaned highlights" data-testid="orphans">
          <h2>
            Not found in the current text <span className="count">{orphans.length}</span>
          </h2>
          <p className="muted small">
            The file changed and these passages could not be found again. Select the passage they belong to and
            re-attach them, or delete them.
          </p>
          <ol className="highlight-cards">
            {orphans.map((highlight) => (
              <li key={highlight.id} className={`card card-${highlight.color}`} data-testid="orphan-card">
                <blockquote>{highlight.quote.exact}</blockquote>
                {highlight.note && <NoteSummary source={highlight.note} />}
                <div className="card-actions">
                  <button
                    type="button"
                    disabled={!props.hasSelection}
                    onClick={() => props.onReattach(highlight)}
                    title="Select text in the article first"
                  >
                    Re-attach to selection
                  </button>
                  <button type="button" className="danger" onClick={() => props.onDelete(highlight)}>
                    Delete
                  </button>
                </div>
              </li>
            ))}
          </ol>
        </section>
      )}
    </aside>
  );
}

interface CardProps {
  readonly highlight: Highlight;
  readonly selected: boolean;
  readonly suggestions: readonly string[];
  readonly onSelect: () => void;
  readonly onDelete: () => void;
}

function HighlightCard({ highlight, selected, suggestions, onSelect, onDelete }: CardProps): ReactNode {
  const palette = usePalette();
  return (
    <li
      className={`card card-${highlight.color}${selected ? ' card-selected' : ''}`}
      data-testid="highlight-card"
      data-highlight-id={highlight.id}
    >
      <button type="button" className="card-quote" onClick={onSelect} aria-expanded={selected}>
        <span className="card-colour">{paletteLabel(palette, highlight.color)}</span>
        <q dir="auto">{highlight.quote.exact}</q>
      </button>
      <HighlightGrade highlight={highlight} editing={selected} />
      <EventDateField highlight={highlight} editing={selected} />
      {!selected && highlight.note && <NoteSummary source={highlight.note} />}
      {!selected && highlight.tags.length > 0 && (
        <div className="card-tags">
          {highlight.tags.map((t) => (
            <span key={t} className="tag-chip">
              {t}
            </span>
          ))}
        </div>
      )}
      <HighlightLinks highlight={highlight} selected={selected} onSelect={onSelect} />
      {selected && (
        <div className="card-edit">
          <div className="recolour" role="group" aria-label="Colour">
            {COLOR_KEYS.map((key) => (
              <button
                key={key}
                type="button"
                className={`swatch-button hl-${key}${key === highlight.color ? ' current' : ''}`}
                aria-label={`Recolour as ${paletteLabel(palette, key)}`}
                aria-pressed={key === highlight.color}
                onClick={() => void inDb(updateHighlight, highlight.id, { color: key })}
                data-letter={meaningLetters(palette).get(key)}
              />
            ))}
          </div>
          <NoteEditor
            key={highlight.id}
            value={highlight.note}
            label="Highlight note"
            placeholder="No note."
            onSave={(note) => void inDb(updateHighlight, highlight.id, { note })}
          />
          <TagInput
            label="Highlight tags"
            tags={highlight.tags}
            suggestions={suggestions}
            onChange={(tags) => void inDb(updateHighlight, highlight.id, { tags })}
          />
          <div className="card-actions">
            <AddToBrief highlight={highlight} />
            <AddToMatrix highlight={highlight} />
            <button type="button" className="danger" onClick={onDelete}>
              Delete highlight
            </button>
          </div>
        </div>
      )}
    </li>
  );
}
