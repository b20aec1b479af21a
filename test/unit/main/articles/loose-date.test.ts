// Dates as originals write them, read as the calendar day the publisher printed (never shifted by time zone).
import { describe, expect, it } from 'vitest';
import { parseLooseDate } from '../../../../src-main/articles/loose-date';

describe('parseLooseDate', () => {
  it.each([
    // RFC 2822 (mail, RSS), with and without the weekday, any zone: the day as written.
    ['Fri, 11 Feb 2022 10:00:00 +0000', '2022-02-11'],
    ['11 Feb 2022 23:30:00 -0800', '2022-02-11'],
    ['Sat, 12 Feb 2022 00:30:00 +0300', '2022-02-12'],
    ['2 Mar 2022 17:30:00 GMT', '2022-03-02'],
    ['Mon, 14 Mar 2022 08:05:00 +0300 (MSK)', '2022-03-14'],
    ['Fri, 11 Feb 22 10:00:00 GMT', '2022-02-11'],
    ['Thu, 11 Feb 99 10:00:00 EST', '1999-02-11'],
    // ISO 8601 with zones: the calendar day as written, not the day in UTC or on this machine.
    ['2022-02-11T23:30:00-05:00', '2022-02-11'],
    ['2022-02-12T01:00:00+09:00', '2022-02-12'],
    ['2022-02-11T10:00:00Z', '2022-02-11'],
    ['2022-02-11 10:00', '2022-02-11'],
    ['2022-02-11', '2022-02-11'],
    ['2022/2/11', '2022-02-11'],
    // PDF dates.
    ["D:20220211103000+01'00'", '2022-02-11'],
    ['D:20220211', '2022-02-11'],
    // Words.
    ['February 11, 2022', '2022-02-11'],
    ['Feb 11 2022', '2022-02-11'],
    ['Friday, February 11th, 2022', '2022-02-11'],
    ['Sept. 1, 2022', '2022-09-01'],
    ['11 February 2022', '2022-02-11'],
    ['11-Feb-2022', '2022-02-11'],
    // The library's own form.
    ['20220211', '2022-02-11'],
    [' 20220211 ', '2022-02-11'],
    // Leap days.
    ['Feb 29, 2024', '2024-02-29'],
    ['D:20000229', '2000-02-29'],
  ])('reads %s as %s', (raw, day) => {
    expect(parseLooseDate(raw)).toBe(day);
  });

  it.each([
    ['2022-02-30'],
    ['2022-13-01'],
    ['31 Apr 2022'],
    ['Feb 29, 2022'],
    ['Fri, 32 Jan 2022 10:00:00 +0000'],
    ['D:20221332'],
    ['D:19000229'],
    ['20220230'],
    ['0000-01-01'],
  ])('refuses the impossible day %s', (raw) => {
    expect(parseLooseDate(raw)).toBeNull();
  });

  it.each([
    [''],
    ['   '],
    ['yesterday'],
    ['Smarch 11, 2022'],
    ['11 Foo 2022'],
    ['11 février 2022'],
    ['2022'],
    ['D:2022'],
  ])('refuses %j, which names no day it knows', (raw) => {
    expect(parseLooseDate(raw)).toBeNull();
  });
});
