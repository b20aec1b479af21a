// A timeline range as a brief section shows it, read-only: the range, then each entry by date under its
// group's heading, the quote (or the article's publication) with its citation when one is given, and the
// gap between when it happened and when it was reported.
import type { ReactNode } from 'react';
import type { BriefTimeline } from '../../../../src-preload/contract';
import { timelineGroups, timelineRangeLine } from '../../../../src-shared/briefs/analysis-sections';
import type { Note } from '../../../../src-shared/briefs/citations';

interface Props {
  readonly timeline: BriefTimeline;
  /** The section's citations; none in the composer. */
  readonly notes?: readonly Note[];
}

const NO_NOTES: readonly Note[] = [];

export function TimelineSectionView({ timeline, notes = NO_NOTES }: Props): ReactNode {
  const groups = timelineGroups(timeline, notes);
  return (
    <div className="timeline-section" data-testid="timeline-section">
      <p className="timeline-range muted">{timelineRangeLine(timeline)}</p>
      {groups.length === 0 && <p className="muted">No entries in this range.</p>}
      {groups.map((group) => (
        <div key={group.name} className="timeline-group">
          {group.name && (
            <h3 dir="auto" className="timeline-group-name">
              {group.name}
            </h3>
          )}
          <ul className="timeline-dated">
            {group.lines.map((line, i) => (
              <li key={i} className={line.kind}>
                <time dateTime={line.date}>{line.dateText}</time> — <span dir="auto">{line.text}</span>
                {line.marker && <cite dir="ltr"> {line.marker}</cite>}
                {line.gap && <span className="timeline-gap"> ({line.gap})</span>}
              </li>
            ))}
          </ul>
        </div>
      ))}
    </div>
  );
}
