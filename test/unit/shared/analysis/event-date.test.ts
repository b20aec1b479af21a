// Event dates suggested from a passage's words, relative to its article's date (the seed article's 11 Feb 2022,
// a Friday), and the parts of a week chrono alone reads as the whole week.
import { describe, expect, it } from 'vitest';
import { suggestEventDates } from '../../../../src-shared/analysis/event-date';

const FRIDAY = '2022-02-11';
const suggest = (exact: string, reportDate: string | null = FRIDAY, language?: string): unknown =>
  suggestEventDates({ exact, reportDate, language });

describe('suggestEventDates', () => {
  it('reads "late next week" as Thursday to Friday of the next calendar week', () => {
    expect(
      suggest('the Russians have responded with proposed dates for late next week, which we are accepting'),
    ).toEqual([{ date: '2022-02-17', end: '2022-02-18', text: 'late next week' }]);
  });

  it('reads the other parts of a week, in weeks that start on Monday', () => {
    expect(suggest('early next week')).toEqual([{ date: '2022-02-14', end: '2022-02-15', text: 'early next week' }]);
    expect(suggest('talks mid-next week')).toEqual([{ date: '2022-02-15', end: '2022-02-17', text: 'mid-next week' }]);
    expect(suggest('by the end of next week')).toEqual([{ date: '2022-02-18', text: 'the end of next week' }]);
    expect(suggest('Late last week')).toEqual([{ date: '2022-02-03', end: '2022-02-04', text: 'Late last week' }]);
    // From a Sunday, "next week" is the week that starts the next day.
    expect(suggest('early next week', '2022-02-13')).toEqual([
      { date: '2022-02-14', end: '2022-02-15', text: 'early next week' },
    ]);
    // From a Monday, it is the week after.
    expect(suggest('late this week', '2022-02-14')).toEqual([
      { date: '2022-02-17', end: '2022-02-18', text: 'late this week' },
    ]);
  });

  it('reads weekdays, named days and relative days from the report date', () => {
    expect(suggest('The meeting is on Friday')).toEqual([{ date: '2022-02-11', text: 'on Friday' }]);
    expect(suggest('February 18')).toEqual([{ date: '2022-02-18', text: 'February 18' }]);
    expect(suggest('next Tuesday')).toEqual([{ date: '2022-02-15', text: 'next Tuesday' }]);
    expect(suggest('said yesterday')).toEqual([{ date: '2022-02-10', text: 'yesterday' }]);
    // A day without a year is the nearest one to the report, before or after.
    expect(suggest('on December 20')).toEqual([{ date: '2021-12-20', text: 'December 20' }]);
    expect(suggest('talks on 3 January 2023')).toEqual([{ date: '2023-01-03', text: 'on 3 January 2023' }]);
  });

  it('gives a span for a range of days and for a month named without a day', () => {
    expect(suggest('from 17 to 18 February')).toEqual([
      { date: '2022-02-17', end: '2022-02-18', text: '17 to 18 February' },
    ]);
    expect(suggest('negotiated in February 2015')).toEqual([
      { date: '2015-02-01', end: '2015-02-28', text: 'February 2015' },
    ]);
  });

  it('lists each date the quote names once, in its order', () => {
    expect(
      suggest('Talks on Monday failed; a second round yesterday, and again February 18. On Monday, none.'),
    ).toEqual([
      { date: '2022-02-14', text: 'on Monday' },
      { date: '2022-02-10', text: 'yesterday' },
      { date: '2022-02-18', text: 'February 18' },
    ]);
  });

  it('reads the sentence around a quote that names no date itself', () => {
    expect(
      suggestEventDates({
        exact: 'which we are accepting',
        prefix: 'Talks stalled. Russia proposed dates for late next week, ',
        suffix: ', Price said. Yesterday was quiet.',
        reportDate: FRIDAY,
      }),
    ).toEqual([{ date: '2022-02-17', end: '2022-02-18', text: 'late next week' }]);
    // Dates outside its sentence are not the quote's.
    expect(
      suggestEventDates({
        exact: 'we agree',
        prefix: 'Yesterday it rained. Then ',
        suffix: '. On Monday',
        reportDate: FRIDAY,
      }),
    ).toEqual([]);
  });

  it('suggests nothing when no date is named, or there is no report date to count from', () => {
    expect(suggest('Tensions over Ukraine have increased')).toEqual([]);
    expect(suggest('at 5pm')).toEqual([]);
    expect(suggest('late next week', null)).toEqual([]);
    expect(suggest('late next week', '2022-02-30')).toEqual([]);
  });

  it('reads the article in its own language when chrono knows it', () => {
    expect(suggest('Das Treffen findet am Montag statt', FRIDAY, 'de')).toEqual([
      { date: '2022-02-14', text: 'am Montag' },
    ]);
    expect(suggest('La réunion aura lieu le 18 février', FRIDAY, 'fr')).toEqual([
      { date: '2022-02-18', text: '18 février' },
    ]);
    expect(suggest('late next week', FRIDAY, 'xx')).toEqual([
      { date: '2022-02-17', end: '2022-02-18', text: 'late next week' },
    ]);
  });
});
