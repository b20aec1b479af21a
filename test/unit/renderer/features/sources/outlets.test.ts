// The register's outlets: the library's first in its order (most articles first), then the other graded
// outlets A–Z; names from the register before the articles'; the filter by domain, name or grade letter.
import { describe, expect, it } from 'vitest';
import type { SourceRecord } from '../../../../../src-renderer/src/db/schema';
import { filterOutlets, listOutlets } from '../../../../../src-renderer/src/features/sources/outlets';

const record = (domain: string, overrides: Partial<SourceRecord> = {}): SourceRecord => ({
  domain,
  name: '',
  reliability: 'F',
  note: '',
  history: [],
  updatedAt: 1,
  ...overrides,
});

const SOURCES = new Map([
  ['tass.ru', record('tass.ru', { reliability: 'D', name: 'TASS' })],
  ['bbc.co.uk', record('bbc.co.uk', { reliability: 'B' })],
  ['reuters.com', record('reuters.com', { reliability: 'A' })],
]);
const NAMES = new Map([
  ['reuters.com', 'Reuters'],
  ['tass.ru', 'ТАСС'],
]);

describe('listOutlets', () => {
  it('lists the library’s outlets in its order, then the other graded ones A–Z, with their names', () => {
    const outlets = listOutlets(['russiaherald.com', 'reuters.com'], SOURCES, NAMES);
    expect(outlets.map((o) => [o.domain, o.name, o.record?.reliability ?? null, o.inLibrary])).toEqual([
      ['russiaherald.com', '', null, true],
      ['reuters.com', 'Reuters', 'A', true],
      ['bbc.co.uk', '', 'B', false],
      // The analyst's name for an outlet wins over the one its articles give.
      ['tass.ru', 'TASS', 'D', false],
    ]);
  });

  it('is empty with no library outlets and nothing graded', () => {
    expect(listOutlets([], new Map(), new Map())).toEqual([]);
  });
});

describe('filterOutlets', () => {
  const outlets = listOutlets(['russiaherald.com', 'reuters.com'], SOURCES, NAMES);
  it.each([
    ['', ['russiaherald.com', 'reuters.com', 'bbc.co.uk', 'tass.ru']],
    ['REUT', ['reuters.com']],
    ['tass', ['tass.ru']],
    ['.co', ['russiaherald.com', 'reuters.com', 'bbc.co.uk']],
    // One letter is also a grade: outlets graded F (never graded included) and any whose name holds an f.
    ['f', ['russiaherald.com']],
    ['b', ['bbc.co.uk']],
    ['nothing like it', []],
  ])('"%s" keeps %j', (text, domains) => {
    expect(filterOutlets(outlets, text).map((o) => o.domain)).toEqual(domains);
  });
});
