// Live preview of a brief as it will export with the last export choices: the header block, each quote
// cited in the text with its grade ("B2", its meaning on a line of its own), the notes' Markdown rendered
// (bold, lists, links), ACH tables and timeline lists cited the same way, one list of sources, and the key
// to the grades used.
import { useMemo, type ReactNode } from 'react';
import type { BriefDocument, BriefExportOptions } from '../../../../src-preload/contract';
import { NoteText } from '../notes/NoteText';
import { bylineOf, markingOf } from '../../../../src-shared/briefs/brief-header';
import { citeBrief, type CitationParts, leadPieces, ORPHAN_FLAG } from '../../../../src-shared/briefs/citations';
import { gradeKey, gradeMeaning } from '../../../../src-shared/briefs/evidence-grade';
import { outgoingBrief } from '../../../../src-shared/briefs/export-options';
import { inertBrief } from '../../../../src-shared/briefs/inert-brief';
import { plainNotes } from '../../../../src-shared/briefs/analysis-sections';
import { AchSectionView } from './AchSectionView';
import { TimelineSectionView } from './TimelineSectionView';

/**
 * A citation as the exports write it, its title (inside its quotation marks), author and outlet isolated, so
 * right-to-left names keep the words and the marks around them in place.
 */
function Citation({ citation }: { citation: CitationParts }): ReactNode {
  return (
    <>
      {leadPieces(citation).map((piece, i) => (piece.isolated ? <bdi key={i}>{piece.text}</bdi> : piece.text))}
      {citation.url !== null && (
        <>
          , <span className="preview-url">{citation.url}</span>
        </>
      )}
    </>
  );
}

/** What the choices leave out, in words, so the analyst knows the preview is not the whole work. */
function choicesLine(options: BriefExportOptions): string {
  const left = [
    options.includeNotes ? null : 'notes',
    options.includeTags ? null : 'tags',
    options.includeMeanings ? null : 'colour meanings',
  ].filter((part): part is string => part !== null);
  const style = options.citationStyle === 'numbered' ? 'Numbered citations' : 'Author–date citations';
  return `${style}${left.length > 0 ? `; ${left.join(', ')} left out` : ''}. Change them in Export….`;
}

interface Props {
  readonly document: BriefDocument | null;
  readonly options: BriefExportOptions;
}

export function BriefPreview({ document: untrusted, options }: Props): ReactNode {
  const document = useMemo(() => untrusted && outgoingBrief(inertBrief(untrusted), options), [untrusted, options]);
  if (!document) {
    return (
      <div className="brief-preview muted" aria-busy="true">
        Preparing the preview: reading the quoted articles…
      </div>
    );
  }
  const { sections, references, style, notes: allNotes } = citeBrief(document, options.citationStyle);
  const key = gradeKey(allNotes.map((note) => note.evidence));
  const marking = markingOf(options.header);
  const byline = bylineOf(options.header);
  return (
    // Focusable: a long preview scrolls, and the keyboard must reach it.
    <article className="brief-preview" aria-label="Preview" data-testid="brief-preview" tabIndex={0}>
      <p className="preview-choices">{choicesLine(options)}</p>
      {marking && <p className="preview-marking">{marking}</p>}
      <h1>{document.title}</h1>
      {byline && <p className="preview-byline">{byline}</p>}
      {document.summary && <NoteText source={document.summary} />}
      {sections.map(({ section, notes }) => (
        <section key={section.id}>
          <h2>{section.heading}</h2>
          {section.text && <NoteText source={section.text} />}
          {section.ach && <AchSectionView section={section} ach={section.ach} notes={notes} />}
          {section.timeline && <TimelineSectionView timeline={section.timeline} notes={notes} />}
          {plainNotes(section, notes).map(({ evidence: e, marker }) => (
            <figure key={e.id} className={`preview-quote card-${e.colour || 'none'}`}>
              <blockquote dir="auto">
                {e.quote} <cite dir="ltr">{marker}</cite>
              </blockquote>
              <figcaption>
                {e.orphaned && <p className="orphan-flag">{ORPHAN_FLAG}</p>}
                {gradeMeaning(e) !== null && <p className="preview-grade">Grade {gradeMeaning(e)}</p>}
                {e.meaning && <p className="card-colour">Meaning: {e.meaning}</p>}
                {e.note && (
                  <div className="preview-note">
                    <span className="label">Note</span>
                    <NoteText source={e.note} />
                  </div>
                )}
                {e.tags.length > 0 && <p className="muted">Tags: {e.tags.join(', ')}</p>}
                {e.comment && <NoteText source={e.comment} />}
              </figcaption>
            </figure>
          ))}
        </section>
      ))}
      {references.length > 0 && (
        <section>
          <h2>Sources</h2>
          {style === 'numbered' ? (
            <ol className="preview-sources">
              {references.map((ref) => (
                <li key={ref.number} value={ref.number}>
                  <Citation citation={ref.citation} />
                </li>
              ))}
            </ol>
          ) : (
            <ul className="preview-sources author-date">
              {references.map((ref) => (
                <li key={ref.number}>
                  <Citation citation={ref.citation} />
                </li>
              ))}
            </ul>
          )}
        </section>
      )}
      {key !== null && <p className="preview-grade-key muted">{key}</p>}
      {marking && <p className="preview-marking">{marking}</p>}
    </article>
  );
}
