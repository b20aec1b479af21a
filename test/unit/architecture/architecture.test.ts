// The architecture test: no forbidden import anywhere in the source tree, and a checker that does catch
// each kind of forbidden import when one is planted.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importsOf, violations } from './import-rules';

const REPO = join(__dirname, '../../..');
const SOURCE_ROOTS = ['src-main', 'src-preload', 'src-renderer/src', 'src-shared'];

function sourceTree(): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (/\.(ts|tsx)$/.test(entry.name)) files.set(relative(REPO, full), readFileSync(full, 'utf8'));
    }
  };
  for (const root of SOURCE_ROOTS) walk(join(REPO, root));
  return files;
}

describe('the source tree', () => {
  const tree = sourceTree();

  it('holds every part of the app', () => {
    const folders = new Set([...tree.keys()].map((path) => path.split('/').slice(0, 2).join('/')));
    for (const folder of ['src-main/articles', 'src-main/catalog', 'src-main/library', 'src-shared/briefs']) {
      expect(folders).toContain(folder);
    }
  });

  it('opens every module with a comment that says what it is for', () => {
    const silent = [...tree].filter(([, source]) => !/^\/\/ \S/.test(source)).map(([path]) => path);
    expect(silent).toEqual([]);
  });

  it('has no forbidden import', () => {
    expect(violations(tree)).toEqual([]);
  });
});

/** The tree with one more file, or one file more in it. */
const planted = (path: string, source: string): Map<string, string> => new Map([[path, source]]);

describe('a planted forbidden import', () => {
  it.each([
    [
      'the page importing main',
      'src-renderer/src/features/library/x.ts',
      "import { a } from '../../../../src-main/library/paths';",
    ],
    [
      'the page importing the preload',
      'src-renderer/src/x.ts',
      "import { createApi } from '../../src-preload/bridge';",
    ],
    ['the page importing electron', 'src-renderer/src/x.ts', "import { ipcRenderer } from 'electron';"],
    ['main importing the page', 'src-main/library/x.ts', "import { App } from '../../src-renderer/src/App';"],
    ['shared code importing main', 'src-shared/x.ts', "export { parseArticle } from '../src-main/articles/parse';"],
    ['shared code reading files', 'src-shared/briefs/x.ts', "import { readFile } from 'node:fs/promises';"],
    ['the parser reading files', 'src-main/articles/x.ts', "import { readFileSync } from 'node:fs';"],
    ['the parser importing the library', 'src-main/articles/x.ts', "import { scanLibrary } from '../library/scanner';"],
    [
      'the parser taking a value from the contract',
      'src-main/articles/x.ts',
      "import { X } from '../../src-preload/contract';",
    ],
    ['anchoring importing Dexie', 'src-renderer/src/anchoring/x.ts', "import Dexie from 'dexie';"],
    ['anchoring importing the database', 'src-renderer/src/anchoring/x.ts', "import { getDb } from '../db/db';"],
    [
      'the contract importing an implementation',
      'src-preload/contract/x.ts',
      "import type { A } from '../../src-main/ipc/handlers';",
    ],
    ['the contract importing a value', 'src-preload/contract.ts', "import { z } from 'zod';"],
    ['the bridge importing electron', 'src-preload/bridge.ts', "import { ipcRenderer } from 'electron';"],
    ['ui/ importing a feature', 'src-renderer/src/ui/x.tsx', "import { Reader } from '../features/reader/Reader';"],
    ['a feature opening the database', 'src-renderer/src/features/briefs/x.ts', "import { getDb } from '../../db/db';"],
    ['a feature importing Dexie', 'src-renderer/src/features/briefs/x.ts', "import { liveQuery } from 'dexie';"],
    ['a dynamic import of main', 'src-renderer/src/x.ts', "const m = await import('../../src-main/index');"],
  ])('is caught: %s', (_label, path, source) => {
    const found = violations(planted(path, source));
    expect(found).toHaveLength(1);
    expect(found[0]?.from).toBe(path);
  });

  it('is caught: a page file reading window.api outside platform/', () => {
    const found = violations(planted('src-renderer/src/features/x.ts', 'const api = window.api;'));
    expect(found.map((v) => v.rule)).toEqual(['only platform/ reads window.api']);
  });

  it('is caught: shared code reading the process', () => {
    const found = violations(planted('src-shared/x.ts', '// x\nexport const home = process.env.HOME;'));
    expect(found.map((v) => v.rule)).toEqual(['pure modules read no process, window or document']);
  });

  it('is caught: two feature folders importing each other', () => {
    const tree = new Map([
      ['src-renderer/src/features/library/a.ts', "import { b } from '../search/b';"],
      ['src-renderer/src/features/search/b.ts', "import { a } from '../library/a';"],
      ['src-renderer/src/features/briefs/c.ts', "import { a } from '../library/a';"],
    ]);
    const found = violations(tree);
    expect(found.map((v) => v.from).toSorted()).toEqual([
      'src-renderer/src/features/library/a.ts',
      'src-renderer/src/features/search/b.ts',
    ]);
  });

  it('lets allowed imports through', () => {
    const tree = new Map([
      ['src-main/articles/a.ts', "import type { ArticleMeta } from '../../src-preload/contract';\nimport './b';"],
      [
        'src-renderer/src/features/briefs/c.ts',
        "import { parseBriefJson } from '../../../../src-shared/briefs/brief-json';",
      ],
      ['src-renderer/src/ui/d.tsx', "import { useState } from 'react';"],
      ['src-shared/e.ts', "import { z } from 'zod';\nimport type { BriefDocument } from '../src-preload/contract';"],
    ]);
    expect(violations(tree)).toEqual([]);
  });
});

describe('importsOf', () => {
  it('reads static, type-only, re-exported, dynamic and required imports', () => {
    const source = [
      "import { a } from './a';",
      "import type { B } from '../b';",
      "export * from './c';",
      "export type { D } from './d';",
      "import './e.css';",
      "const f = await import('./f');",
      "const g = require('node:fs');",
    ].join('\n');
    expect(importsOf('src-main/x/y.ts', source).map((i) => [i.specifier, i.target, i.typeOnly])).toEqual([
      ['./a', 'src-main/x/a', false],
      ['../b', 'src-main/b', true],
      ['./c', 'src-main/x/c', false],
      ['./d', 'src-main/x/d', true],
      ['./e.css', 'src-main/x/e.css', false],
      ['./f', 'src-main/x/f', false],
      ['node:fs', null, false],
    ]);
  });
});
