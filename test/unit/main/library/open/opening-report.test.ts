// The reports of a folder opening: one at once, then the files found (the read's reports follow, or not),
// or the end of an open that failed.
import { describe, expect, it } from 'vitest';
import type { ScanProgress } from '../../../../../src-preload/contract';
import { OpeningReport } from '../../../../../src-main/library/open/opening-report';

const brief = (reports: ScanProgress[]): (string | number | boolean)[][] =>
  reports.map(({ root, phase, done, total, finished }) => [root, phase, done, total, finished]);

describe('the opening of a folder', () => {
  it('is reported at once, before its files are found', () => {
    const reports: ScanProgress[] = [];
    const opening = new OpeningReport('/lib', (p) => reports.push(p));
    expect(opening).toBeInstanceOf(OpeningReport);
    expect(brief(reports)).toEqual([['/lib', 'listing', 0, 0, false]]);
    expect(reports[0]).toMatchObject({ etaMs: null, cancelled: false });
  });

  it('then says how many files were found, and stays up only when their read follows', () => {
    const reports: ScanProgress[] = [];
    new OpeningReport('/cold', (p) => reports.push(p)).found(6317, true);
    new OpeningReport('/warm', (p) => reports.push(p)).found(27_800, false);
    expect(brief(reports)).toEqual([
      ['/cold', 'listing', 0, 0, false],
      ['/cold', 'listing', 6317, 6317, false],
      ['/warm', 'listing', 0, 0, false],
      ['/warm', 'listing', 27_800, 27_800, true],
    ]);
  });

  it('ends when the folder could not be opened', () => {
    const reports: ScanProgress[] = [];
    new OpeningReport('/gone', (p) => reports.push(p)).failed();
    expect(brief(reports).at(-1)).toEqual(['/gone', 'listing', 0, 0, true]);
  });
});
