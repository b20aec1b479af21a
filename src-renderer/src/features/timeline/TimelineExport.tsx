// The visible range of the timeline, sent out: into a brief as a section that lists it by date (a brief picked,
// or a new one), or as a CSV file the analyst saves.
import type { ReactNode } from 'react';
import type { TimelineGrouping } from '../../../../src-preload/contract/analysis';
import { csvText } from '../../../../src-shared/analysis/csv';
import { csvRows, type RangeEntry } from '../../../../src-shared/analysis/timeline-range';
import { addTimelineSection, briefsNewestFirst } from '../../db/briefs';
import { inDb, useLive } from '../../db/live';
import type { TimelineEntryRecord, TimelineSectionRecord } from '../../db/schema';
import { getApi } from '../../platform/api';
import { errorMessage } from '../../platform/errors';
import { plural } from '../../ui/format';
import { useToasts } from '../../ui/toasts';
import { spanText } from './date-text';

interface Props {
  /** The range in view, ISO inclusive; null while nothing is placed. */
  readonly range: { readonly from: string; readonly to: string } | null;
  readonly grouping: TimelineGrouping;
  /** The range's entries as the timeline shows them (filtered). */
  readonly entries: () => readonly RangeEntry[];
}

const NEW = '__new__';

function entryRecord({ item, group }: RangeEntry): TimelineEntryRecord {
  return item.kind === 'event'
    ? {
        kind: 'event',
        highlightId: item.id,
        articleId: item.articleId,
        articleTitle: item.articleTitle,
        quote: item.quote,
        date: item.date,
        ...(item.end === undefined ? {} : { end: item.end }),
        group,
      }
    : { kind: 'article', articleId: item.id, articleTitle: item.title, date: item.date, group };
}

export function TimelineExport({ range, grouping, entries }: Props): ReactNode {
  const toasts = useToasts();
  const briefs = useLive(briefsNewestFirst) ?? [];
  const addToBrief = (briefId: string | null): void => {
    if (!range) return;
    const listed = entries();
    const section: TimelineSectionRecord = { ...range, grouping, entries: listed.map(entryRecord) };
    const heading = `Timeline, ${spanText(range.from, range.to)}`;
    inDb(addTimelineSection, briefId, heading, section).then(
      ({ title }) =>
        toasts.push('success', `Added the range to “${title}”.`, [
          `${plural(listed.length, 'entry', 'entries')}, ${heading}.`,
        ]),
      (error: unknown) => toasts.push('error', 'The range could not be added to a brief.', [errorMessage(error)]),
    );
  };
  const exportCsv = (): void => {
    if (!range) return;
    const listed = entries();
    getApi()
      .saveFile({
        title: 'Export the timeline range as CSV',
        defaultName: `timeline-${range.from}-to-${range.to}.csv`,
        filters: [{ name: 'CSV', extensions: ['csv'] }],
        content: csvText(csvRows(listed)),
      })
      .then(
        (path) =>
          path && toasts.push('success', `Exported ${plural(listed.length, 'entry', 'entries')} as CSV.`, [path]),
        (error: unknown) => toasts.push('error', 'The CSV could not be saved.', [errorMessage(error)]),
      );
  };
  return (
    <span className="timeline-export">
      <select
        aria-label="Add range to brief"
        value=""
        disabled={!range}
        onChange={(e) => {
          const choice = e.target.value;
          if (choice) addToBrief(choice === NEW ? null : choice);
        }}
      >
        <option value="">Add range to brief…</option>
        {briefs.map((b) => (
          <option key={b.id} value={b.id}>
            {b.title}
          </option>
        ))}
        <option value={NEW}>New brief</option>
      </select>
      <button type="button" disabled={!range} onClick={exportCsv}>
        Export CSV…
      </button>
    </span>
  );
}
