// The architecture's import rules as data, and a checker that lists every import breaking one: which
// process may reach which folder, what the pure modules may touch, and which feature folders may lean
// on each other. The architecture test runs it over the source tree and over planted violations.
import { dirname, join, normalize } from 'node:path';

/** One import of one source file, as written and as resolved to a repository path when relative. */
export interface SourceImport {
  readonly from: string;
  readonly specifier: string;
  /** The repository path a relative specifier leads to (without extension), else null (a package). */
  readonly target: string | null;
  readonly typeOnly: boolean;
}

export interface Violation {
  readonly rule: string;
  readonly from: string;
  readonly specifier: string;
}

const IMPORT = /^\s*(import|export)\s+(type\s+)?(?:[^'";]*?\s+from\s+)?['"]([^'"]+)['"]/gm;
const DYNAMIC = /\b(?:import|require)\(\s*['"]([^'"]+)['"]\s*\)/g;

/** Every import of a file: static imports and re-exports (type-only or not), dynamic imports, requires. */
export function importsOf(path: string, source: string): SourceImport[] {
  const found: SourceImport[] = [];
  const add = (specifier: string, typeOnly: boolean): void => {
    const target = specifier.startsWith('.') ? normalize(join(dirname(path), specifier)) : null;
    found.push({ from: path, specifier, target: target?.replace(/\.(tsx?|mts)$/, '') ?? null, typeOnly });
  };
  for (const m of source.matchAll(IMPORT)) add(m[3] ?? '', m[2] !== undefined);
  for (const m of source.matchAll(DYNAMIC)) add(m[1] ?? '', false);
  return found;
}

const under = (folder: string) => (path: string | null) => path !== null && path.startsWith(folder);
const MAIN = under('src-main/');
const RENDERER = under('src-renderer/');
const SHARED = under('src-shared/');
const PRELOAD = under('src-preload/');
const CONTRACT = (path: string | null): boolean =>
  path === 'src-preload/contract' || under('src-preload/contract/')(path);
const PARSER = under('src-main/articles/');
/** The pure libraries the format readers parse with (no file system, no network): allowed in the parser. */
const READER_PACKAGES = [
  '@mozilla/readability',
  'chardet',
  'jszip',
  'fast-xml-parser',
  'franc-min',
  'linkedom',
  'mammoth',
  'pdfjs-dist',
  'postal-mime',
];
const READER_PACKAGE = (specifier: string): boolean =>
  READER_PACKAGES.some((name) => specifier === name || specifier.startsWith(`${name}/`));
const ANCHORING = under('src-renderer/src/anchoring/');
const UI = under('src-renderer/src/ui/');
const FEATURES = under('src-renderer/src/features/');

/** Node built-ins that reach outside the process's memory: files, processes, the network, threads. */
const IO_MODULES = /^(node:)?(fs|fs\/promises|child_process|net|http|https|dgram|worker_threads|os|process|cluster)$/;

interface Rule {
  readonly name: string;
  /** Which files the rule is about. */
  readonly applies: (path: string) => boolean;
  /** Whether one of their imports breaks it. */
  readonly forbids: (imported: SourceImport) => boolean;
}

export const RULES: readonly Rule[] = [
  {
    name: 'the page reaches main only through the contract',
    applies: RENDERER,
    forbids: (i) => MAIN(i.target) || (PRELOAD(i.target) && !CONTRACT(i.target)) || i.specifier === 'electron',
  },
  {
    name: 'main never imports the page',
    applies: MAIN,
    forbids: (i) => RENDERER(i.target),
  },
  {
    name: 'shared code belongs to neither process and does no I/O',
    applies: SHARED,
    forbids: (i) =>
      MAIN(i.target) ||
      RENDERER(i.target) ||
      (PRELOAD(i.target) && !CONTRACT(i.target)) ||
      i.specifier === 'electron' ||
      IO_MODULES.test(i.specifier),
  },
  {
    name: 'the parser is pure: its siblings, hashing, shared pure code, reader packages, contract types',
    applies: PARSER,
    forbids: (i) =>
      !(
        PARSER(i.target) ||
        SHARED(i.target) ||
        i.specifier === 'node:crypto' ||
        i.specifier === 'node:buffer' ||
        READER_PACKAGE(i.specifier) ||
        (CONTRACT(i.target) && i.typeOnly)
      ),
  },
  {
    name: 'anchoring is pure: no Dexie, no database, no window.api',
    applies: ANCHORING,
    forbids: (i) =>
      !(ANCHORING(i.target) || i.specifier === 'approx-string-match' || (CONTRACT(i.target) && i.typeOnly)),
  },
  {
    name: 'the contract is types only and imports nothing but itself',
    applies: CONTRACT,
    forbids: (i) => !(CONTRACT(i.target) && i.typeOnly),
  },
  {
    name: 'the bridge knows the contract, not Electron',
    applies: (path) => path === 'src-preload/bridge',
    forbids: (i) => !(CONTRACT(i.target) && i.typeOnly),
  },
  {
    name: 'ui/ depends on nothing of the app',
    applies: UI,
    forbids: (i) => RENDERER(i.target) && !UI(i.target) && !under('src-renderer/src/styles')(i.target),
  },
  {
    name: 'features reach Dexie through the named queries in db/',
    applies: FEATURES,
    forbids: (i) => i.specifier === 'dexie' || i.target === 'src-renderer/src/db/db',
  },
];

/** The feature folder a path lies in ("library" for src-renderer/src/features/library/x.ts), else null. */
function featureOf(path: string | null): string | null {
  if (!FEATURES(path)) return null;
  return (path as string).split('/')[3] ?? null;
}

/** Imports that close a cycle between feature folders (library -> search -> library), one per pair. */
export function featureCycles(imports: readonly SourceImport[]): Violation[] {
  const edges = new Map<string, Map<string, SourceImport>>();
  for (const i of imports) {
    const a = featureOf(i.from);
    const b = featureOf(i.target);
    if (a === null || b === null || a === b) continue;
    const out = edges.get(a) ?? new Map<string, SourceImport>();
    if (!out.has(b)) out.set(b, i);
    edges.set(a, out);
  }
  const reaches = (from: string, to: string, seen = new Set<string>()): boolean => {
    if (from === to) return true;
    seen.add(from);
    for (const next of edges.get(from)?.keys() ?? []) if (!seen.has(next) && reaches(next, to, seen)) return true;
    return false;
  };
  const found: Violation[] = [];
  for (const [a, out] of edges) {
    for (const [b, i] of out) {
      if (reaches(b, a)) found.push({ rule: `feature folders import each other (${a} <-> ${b})`, ...pick(i) });
    }
  }
  return found;
}

function pick(i: SourceImport): { from: string; specifier: string } {
  return { from: i.from, specifier: i.specifier };
}

/** Every import that breaks a rule, and every import that closes a cycle between feature folders. */
export function violations(files: ReadonlyMap<string, string>): Violation[] {
  const imports = [...files].flatMap(([path, source]) => importsOf(path, source));
  const found: Violation[] = [];
  for (const i of imports) {
    const from = i.from.replace(/\.(tsx?|mts)$/, '');
    for (const rule of RULES) if (rule.applies(from) && rule.forbids(i)) found.push({ rule: rule.name, ...pick(i) });
  }
  // Only platform/ reads window.api, so a page under test can be given another bridge in one place.
  for (const [path, source] of files) {
    if (RENDERER(path) && !path.startsWith('src-renderer/src/platform/') && /\bwindow\.api\b/.test(source)) {
      found.push({ rule: 'only platform/ reads window.api', from: path, specifier: 'window.api' });
    }
  }
  // Pure code answers from its arguments alone: no environment, no page, no process.
  for (const [path, source] of files) {
    if (
      (PARSER(path) || SHARED(path)) &&
      /\b(process|window|globalThis)\.|\bdocument\.(createElement|body|querySelector)/.test(source)
    ) {
      found.push({ rule: 'pure modules read no process, window or document', from: path, specifier: '(global)' });
    }
  }
  return [...found, ...featureCycles(imports)];
}
