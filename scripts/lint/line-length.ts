// Fails when a source line is longer than 120 characters: Prettier wraps code at that width, but not
// comments or long strings, which this catches.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const LIMIT = 120;
const ROOTS = ['src-main', 'src-preload', 'src-renderer', 'src-shared', 'scripts', 'test'];
const SKIP = new Set(['node_modules', 'fixtures', 'out']);
const SOURCE = /\.(ts|tsx|mts|css)$/;

function* sources(dir: string): Generator<string> {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return;
  }
  for (const entry of entries) {
    if (SKIP.has(entry.name)) continue;
    const full = join(dir, entry.name);
    if (entry.isDirectory()) yield* sources(full);
    else if (SOURCE.test(entry.name)) yield full;
  }
}

const root = join(__dirname, '..', '..');
const long: string[] = [];
for (const top of ROOTS) {
  for (const file of sources(join(root, top))) {
    readFileSync(file, 'utf8')
      .split('\n')
      .forEach((line, i) => {
        if ([...line].length > LIMIT) long.push(`${relative(root, file)}:${i + 1}: ${[...line].length} characters`);
      });
  }
}
if (long.length > 0) {
  console.error(`Lines over ${LIMIT} characters:\n${long.join('\n')}`);
  process.exit(1);
}
