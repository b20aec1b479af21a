// A highlight's event date on its card: when what it reports happened and how long before or after its report,
// else the dates its words suggest (one click, or Enter, to use one), and while the card is open a date field
// to set or clear it by hand.
import { useMemo, type ReactNode } from 'react';
import { suggestEventDates, type EventDateSuggestion } from '../../../../src-shared/analysis/event-date';
import { isIsoDate } from '../../../../src-shared/analysis/timeline-dates';
import { setEventDate } from '../../db/highlights';
import { inDb } from '../../db/live';
import type { Highlight } from '../../db/schema';
import { useToasts } from '../../ui/toasts';
import { useEntry } from '../library/use-entries';
import { dayText, gapText, spanText } from './date-text';
import './timeline.css';

interface Props {
  readonly highlight: Highlight;
  /** The card is open: offer the date field. */
  readonly editing: boolean;
}

const span = (s: EventDateSuggestion): string => spanText(s.date, s.end);

/** At most this many suggestions are offered: a passage naming more is dated by hand. */
const MAX_SUGGESTIONS = 3;

export function EventDateField({ highlight, editing }: Props): ReactNode {
  const toasts = useToasts();
  const entry = useEntry(highlight.articleId);
  const reportDate = entry?.ok ? entry.date : null;
  const language = entry?.ok ? entry.language : null;
  const { eventDate } = highlight;
  const { exact, prefix, suffix } = highlight.quote;
  const suggestions = useMemo(
    () => (eventDate ? [] : suggestEventDates({ exact, prefix, suffix, reportDate, language })),
    [eventDate, exact, prefix, suffix, reportDate, language],
  );
  const save = (date: string | null): void => {
    void inDb(setEventDate, highlight.id, date).catch((error: unknown) =>
      toasts.push('error', 'The event date could not be saved.', [String(error)]),
    );
  };
  const clear = (): void => {
    const was = eventDate;
    save(null);
    if (was) toasts.push('info', 'Event date cleared.', [], { label: 'Undo', undo: true, run: () => save(was) });
  };
  if (!eventDate && suggestions.length === 0 && !editing) return null;
  return (
    <div className="event-date" data-testid="event-date">
      {eventDate ? (
        <p className="event-date-line" data-testid="event-date-set">
          <span className="event-date-label">Event</span> <time dateTime={eventDate}>{dayText(eventDate)}</time>
          <span className="muted">
            {reportDate ? ` · ${gapText(eventDate, reportDate)}` : ' · the article has no date'}
          </span>
        </p>
      ) : (
        suggestions.slice(0, MAX_SUGGESTIONS).map((s) => (
          <p key={`${s.date}/${s.end ?? ''}`} className="event-date-line" data-testid="event-suggestion">
            <span className="event-date-label">Suggested</span> <time dateTime={s.date}>{span(s)}</time>{' '}
            <span className="muted" dir="auto">
              (“{s.text}”)
            </span>{' '}
            <button
              type="button"
              className="event-date-use"
              aria-label={`Use ${dayText(s.date)} as the event date (from “${s.text}”)`}
              title={s.end ? 'Sets the first day of the span; change it in the date field' : undefined}
              onClick={() => save(s.date)}
            >
              Use
            </button>
          </p>
        ))
      )}
      {editing && (
        <div className="event-date-edit">
          <label>
            Event date{' '}
            <input
              type="date"
              value={eventDate ?? ''}
              onChange={(e) => {
                const value = e.target.value;
                // A year is typed digit by digit: only a whole one (1000 on) is kept.
                if (value === '') clear();
                else if (isIsoDate(value) && value >= '1000') save(value);
              }}
            />
          </label>
          {eventDate && (
            <button type="button" className="link" onClick={clear}>
              Clear event date
            </button>
          )}
        </div>
      )}
    </div>
  );
}
