// A highlight's event date on its card: when what it reports happened (a day, or a span of days) and how long
// before or after its report, else the dates its words suggest (one click, or Enter, to use one, span and all),
// and while the card is open date fields to set, extend or clear it by hand.
import { useId, useMemo, useState, type ReactNode } from 'react';
import { suggestEventDates, type EventDateSuggestion } from '../../../../src-shared/analysis/event-date';
import { isIsoDate } from '../../../../src-shared/analysis/timeline-dates';
import { eventRangeProblem, setEventDate, type EventDateRange } from '../../db/highlights';
import { inDb } from '../../db/live';
import type { Highlight } from '../../db/schema';
import { useToasts } from '../../ui/toasts';
import { useEntry } from '../library/use-entries';
import { gapText, spanText } from './date-text';
import './timeline.css';

interface Props {
  readonly highlight: Highlight;
  /** The card is open: offer the date fields. */
  readonly editing: boolean;
}

const span = (s: EventDateSuggestion): string => spanText(s.date, s.end);

/** At most this many suggestions are offered: a passage naming more is dated by hand. */
const MAX_SUGGESTIONS = 3;

/** A year is typed digit by digit: only a whole one (1000 on) is a date to keep. */
const wholeDate = (value: string): boolean => isIsoDate(value) && value >= '1000';

/** A day typed that cannot be kept, shown with why, while the stored dates are the ones it was typed against. */
interface Refused {
  readonly field: 'start' | 'end';
  readonly value: string;
  readonly problem: string;
  /** The stored dates it was typed against: once they change, it no longer stands. */
  readonly against: string;
}

export function EventDateField({ highlight, editing }: Props): ReactNode {
  const toasts = useToasts();
  const problemId = useId();
  const entry = useEntry(highlight.articleId);
  const reportDate = entry?.ok ? entry.date : null;
  const language = entry?.ok ? entry.language : null;
  const { eventDate, eventDateEnd } = highlight;
  const end = eventDate && eventDateEnd && eventDateEnd > eventDate ? eventDateEnd : undefined;
  const { exact, prefix, suffix } = highlight.quote;
  const suggestions = useMemo(
    () => (eventDate ? [] : suggestEventDates({ exact, prefix, suffix, reportDate, language })),
    [eventDate, exact, prefix, suffix, reportDate, language],
  );
  const stored = `${eventDate ?? ''}/${end ?? ''}`;
  const [refusedState, setRefused] = useState<Refused | null>(null);
  const refused = refusedState?.against === stored ? refusedState : null;

  const save = (range: EventDateRange | null): void => {
    setRefused(null);
    void inDb(setEventDate, highlight.id, range).catch((error: unknown) =>
      toasts.push('error', 'The event date could not be saved.', [String(error)]),
    );
  };
  const clear = (): void => {
    const was = eventDate ? { date: eventDate, end } : null;
    save(null);
    if (was) toasts.push('info', 'Event date cleared.', [], { label: 'Undo', undo: true, run: () => save(was) });
  };
  /** Saves the span, or shows why not (an end before the start) and keeps the stored one. */
  const trySave = (field: Refused['field'], range: EventDateRange, value: string): void => {
    const problem = eventRangeProblem(range);
    if (problem === null) save(range);
    else setRefused({ field, value, problem, against: stored });
  };

  if (!eventDate && suggestions.length === 0 && !editing) return null;
  const invalid = (field: Refused['field']): object =>
    refused?.field === field ? { 'aria-invalid': true, 'aria-describedby': problemId } : {};
  return (
    <div className="event-date" data-testid="event-date">
      {eventDate ? (
        <p className="event-date-line" data-testid="event-date-set">
          <span className="event-date-label">Event</span>{' '}
          <time dateTime={eventDate} data-end={end}>
            {spanText(eventDate, end)}
          </time>
          <span className="muted">
            {reportDate ? ` · ${gapText(eventDate, reportDate)}` : ' · the article has no date'}
          </span>
        </p>
      ) : (
        suggestions.slice(0, MAX_SUGGESTIONS).map((s) => (
          <p key={`${s.date}/${s.end ?? ''}`} className="event-date-line" data-testid="event-suggestion">
            <span className="event-date-label">Suggested</span>{' '}
            <time dateTime={s.date} data-end={s.end}>
              {span(s)}
            </time>{' '}
            <span className="muted" dir="auto">
              (“{s.text}”)
            </span>{' '}
            <button
              type="button"
              className="event-date-use"
              aria-label={`Use ${span(s)} as the event date (from “${s.text}”)`}
              onClick={() => save(s.end ? { date: s.date, end: s.end } : { date: s.date })}
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
              value={refused?.field === 'start' ? refused.value : (eventDate ?? '')}
              {...invalid('start')}
              onChange={(e) => {
                const value = e.target.value;
                if (value === '') clear();
                else if (wholeDate(value)) trySave('start', end ? { date: value, end } : { date: value }, value);
              }}
            />
          </label>
          {eventDate && (
            <label>
              to{' '}
              <input
                type="date"
                aria-label="to (the last day, when it spans days)"
                min={eventDate}
                value={refused?.field === 'end' ? refused.value : (end ?? '')}
                {...invalid('end')}
                onChange={(e) => {
                  const value = e.target.value;
                  if (value === '') save({ date: eventDate });
                  else if (wholeDate(value)) trySave('end', { date: eventDate, end: value }, value);
                }}
              />
            </label>
          )}
          {end && (
            <button type="button" className="link" onClick={() => save({ date: eventDate ?? end })}>
              One day only
            </button>
          )}
          {eventDate && (
            <button type="button" className="link" onClick={clear}>
              Clear event date
            </button>
          )}
          {refused && (
            <p className="event-date-problem" id={problemId} role="alert">
              {refused.problem}
              {eventDate ? ` It stays ${spanText(eventDate, end)}.` : ''}
            </p>
          )}
        </div>
      )}
    </div>
  );
}
