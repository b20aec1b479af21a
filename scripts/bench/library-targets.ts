// The library bench's figures, their targets, and the table that prints each beside its baseline.
import { round } from './stats';

/** What bench-results.json holds per library size: exactly these keys. */
export interface LibraryFigures {
  readonly coldListMs: number;
  readonly coldIndexMs: number;
  readonly readFloorMs: number;
  readonly warmRestartMs: number;
  readonly searchP50Ms: number;
  readonly searchP95Ms: number;
  readonly grepMedianMs: number;
  readonly watchP50Ms: number;
  readonly watchP95Ms: number;
  readonly peakRssMb: number;
}

interface Row {
  readonly figure: string;
  readonly value: string;
  readonly baseline: string;
  readonly target: string;
  readonly met: boolean | null;
}

const ms = (n: number): string => `${n >= 100 ? Math.round(n).toLocaleString('en-US') : round(n, 1)} ms`;
const times = (n: number): string => `${round(n, n >= 10 ? 0 : 1)}x`;

function rows(f: LibraryFigures): Row[] {
  const coldRatio = f.coldListMs / f.readFloorMs;
  const indexRatio = f.coldIndexMs / f.readFloorMs;
  const warmShare = f.warmRestartMs / f.coldListMs;
  const grepRatio = f.grepMedianMs / f.searchP95Ms;
  return [
    {
      figure: 'read floor: scan + read every file',
      value: ms(f.readFloorMs),
      baseline: '(baseline)',
      target: '',
      met: null,
    },
    {
      figure: 'cold list: open() resolved',
      value: ms(f.coldListMs),
      baseline: `${times(coldRatio)} read floor`,
      target: '<= 3x read floor',
      met: coldRatio <= 3,
    },
    {
      figure: 'cold searchable: rare word found',
      value: ms(f.coldIndexMs),
      baseline: `${times(indexRatio)} read floor`,
      target: '<= 10x read floor',
      met: indexRatio <= 10,
    },
    {
      figure: 'warm restart: open(), nothing changed',
      value: ms(f.warmRestartMs),
      baseline: `${round(warmShare * 100, 1)}% of cold list`,
      target: '< 10% of cold list',
      met: warmShare < 0.1,
    },
    {
      figure: 'search p50 (50 queries x 3, limit 50)',
      value: ms(f.searchP50Ms),
      baseline: `grep -rlF median ${ms(f.grepMedianMs)}`,
      target: '',
      met: null,
    },
    { figure: 'search p95', value: ms(f.searchP95Ms), baseline: '', target: '< 30 ms', met: f.searchP95Ms < 30 },
    {
      figure: 'search p95 against grep',
      value: `${times(grepRatio)} faster`,
      baseline: `grep -rlF median ${ms(f.grepMedianMs)}`,
      target: '> 100x faster',
      met: grepRatio > 100,
    },
    { figure: 'watch p50: write -> found by search', value: ms(f.watchP50Ms), baseline: '', target: '', met: null },
    { figure: 'watch p95', value: ms(f.watchP95Ms), baseline: '', target: '< 500 ms', met: f.watchP95Ms < 500 },
    {
      figure: 'peak RSS of the catalog process',
      value: `${Math.round(f.peakRssMb)} MB`,
      baseline: '',
      target: '< 600 MB',
      met: f.peakRssMb < 600,
    },
  ];
}

export function formatFigures(f: LibraryFigures): string {
  const widths = [40, 12, 30, 20];
  const cell = (text: string, i: number): string =>
    i === 1 ? text.padStart(widths[i] ?? 0) + '  ' : text.padEnd(widths[i] ?? 0);
  const line = (cells: readonly string[], verdict: string): string => `  ${cells.map(cell).join('')}${verdict}\n`;
  let out = line(['figure', 'value', 'beside its baseline', 'target'], 'result');
  for (const row of rows(f))
    out += line([row.figure, row.value, row.baseline, row.target], row.met === null ? '' : row.met ? 'met' : 'MISSED');
  return out;
}

/** Targets met and missed, for the closing summary. */
export function verdicts(f: LibraryFigures): { met: number; missed: string[] } {
  const judged = rows(f).filter((row) => row.met !== null);
  return {
    met: judged.filter((row) => row.met).length,
    missed: judged.filter((row) => !row.met).map((row) => row.figure),
  };
}
