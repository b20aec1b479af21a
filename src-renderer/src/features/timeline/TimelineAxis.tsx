// The timeline's axis, kept at the top as the lanes scroll: the unit's ticks (days, weeks, months or years) in view,
// and above them the larger unit they fall in (the month of a day, the year of a month).
import type { ReactNode } from 'react';
import { dayIso } from '../../../../src-shared/analysis/timeline-dates';
import { ticks, type TimeUnit } from '../../../../src-shared/analysis/timeline-scale';
import { LABEL_WIDTH } from './chart-layout';

const utc = (day: number): Date => new Date(day * 86_400_000);
const format = (options: Intl.DateTimeFormatOptions): ((day: number) => string) => {
  const f = new Intl.DateTimeFormat(undefined, { ...options, timeZone: 'UTC' });
  return (day) => f.format(utc(day));
};

const TICK_TEXT: Readonly<Record<TimeUnit, (day: number) => string>> = {
  day: format({ weekday: 'short', day: 'numeric' }),
  week: format({ day: 'numeric', month: 'short' }),
  month: format({ month: 'short' }),
  year: format({ year: 'numeric' }),
};
const CONTEXT: Readonly<Record<TimeUnit, TimeUnit | null>> = { day: 'month', week: 'month', month: 'year', year: null };
const CONTEXT_TEXT: Readonly<Record<TimeUnit, (day: number) => string>> = {
  ...TICK_TEXT,
  month: format({ month: 'long', year: 'numeric' }),
};

interface Props {
  readonly unit: TimeUnit;
  readonly pxPerDay: number;
  readonly first: number;
  readonly from: number;
  readonly to: number;
  readonly width: number;
}

export function TimelineAxis({ unit, pxPerDay, first, from, to, width }: Props): ReactNode {
  const context = CONTEXT[unit];
  const x = (day: number): number => (day - first) * pxPerDay;
  return (
    <div className="timeline-axis" aria-hidden="true">
      <div className="timeline-axis-corner" style={{ width: LABEL_WIDTH }} />
      <div className="timeline-axis-track" style={{ width }}>
        {context &&
          ticks(from, to, context).map((day) => (
            <span key={`c${day}`} className="timeline-axis-context" style={{ insetInlineStart: Math.max(0, x(day)) }}>
              {CONTEXT_TEXT[context](day)}
            </span>
          ))}
        {ticks(from, to, unit).map((day) => (
          <span
            key={day}
            className={`timeline-tick${weekend(day, unit) ? ' weekend' : ''}`}
            style={{ insetInlineStart: x(day) }}
            data-date={dayIso(day)}
          >
            {TICK_TEXT[unit](day)}
          </span>
        ))}
      </div>
    </div>
  );
}

/** Saturdays and Sundays are shaded at day zoom. */
const weekend = (day: number, unit: TimeUnit): boolean => unit === 'day' && (((day + 3) % 7) + 7) % 7 >= 5;
