// Live preview of a brief as it will export: numbered notes on every quote and a source list.
import { useMemo, type ReactNode } from 'react';
import type { BriefDocument } from '../../../../src-preload/contract';
import { NoteText } from '../highlights/NoteText';
import { citeBrief, type CitationParts, ORPHAN_FLAG } from '../../../../src-shared/briefs/citations';
import { inertBrief } from '../../../../src-shared/briefs/inert-brief';

/** A citation as the exports write it, its title isolated so a right-to-left title keeps the words around it. */
function Citation({ citation, orphaned = false }: { citation: CitationParts; orphaned?: boolean }): ReactNode {
  const [start, end] = citation.titleSpan;
  return (
    <>
      {citation.lead.slice(0, start)}
      <bdi>{citation.lead.slice(start, end)}</bdi>
      {citation.lead.slice(end)}
      {citation.url !== null && `, ${citation.url}`}
      {orphaned && ` — ${ORPHAN_FLAG}`}
    </>
  );
}

export function BriefPreview({ document: untrusted }: { document: BriefDocument | null }): ReactNode {
  const document = useMemo(() => untrusted && inertBrief(untrusted), [untrusted]);
  if (!document) {
    return (
      <div className="brief-preview muted" aria-busy="true">
        Preparing the preview: reading the quoted articles…
      </div>
    );
  }
  const { notes, sources } = citeBrief(document);
  const numberOf = new Map(notes.map((n) => [n.evidence.id, n.number]));
  return (
    <article className="brief-preview" aria-label="Preview" data-testid="brief-preview">
      <h1>{document.title}</h1>
      {document.summary && <NoteText source={document.summary} />}
      {document.sections.map((section) => (
        <section key={section.id}>
          <h2>{section.heading}</h2>
          {section.text && <NoteText source={section.text} />}
          {section.evidence.map((e) => (
            <figure key={e.id} className={`preview-quote card-${e.colour}`}>
              <blockquote>
                {e.quote}
                <sup>[{numberOf.get(e.id)}]</sup>
              </blockquote>
              <figcaption>
                {e.meaning && <span className="card-colour">{e.meaning}</span>}
                {e.orphaned && <span className="orphan-flag"> {ORPHAN_FLAG}</span>}
                {e.comment && <NoteText source={e.comment} />}
                {e.note && <p className="muted">Note: {e.note}</p>}
                {e.tags.length > 0 && <p className="muted">Tags: {e.tags.join(', ')}</p>}
              </figcaption>
            </figure>
          ))}
        </section>
      ))}
      {notes.length > 0 && (
        <section>
          <h2>Notes</h2>
          <ol className="preview-notes">
            {notes.map((n) => (
              <li key={n.number} value={n.number}>
                <Citation citation={n.citation} orphaned={n.evidence.orphaned} />
              </li>
            ))}
          </ol>
          <h2>Sources</h2>
          <ul className="preview-sources">
            {sources.map((s) => (
              <li key={s.number}>
                <Citation citation={s.citation} />
              </li>
            ))}
          </ul>
        </section>
      )}
    </article>
  );
}
