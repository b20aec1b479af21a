// Guards the rule that src-main/articles is pure: bytes in, data out, with no file system or Electron access.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const DIR = new URL('../../../../src-main/articles/', import.meta.url);
const files = readdirSync(DIR).filter((name) => name.endsWith('.ts'));

describe('src-main/articles', () => {
  it('holds the parser modules', () => {
    expect(files).toEqual(expect.arrayContaining(['parse.ts', 'decode.ts', 'fields.ts', 'front-matter.ts', 'hash.ts']));
  });

  it.each(files)('%s imports only its siblings and node:crypto', (name) => {
    const source = readFileSync(new URL(name, DIR), 'utf8');
    const imports = [...source.matchAll(/\bfrom\s+'([^']+)'|\bimport\(\s*'([^']+)'|\brequire\(\s*'([^']+)'/g)].map(
      (m) => m[1] ?? m[2] ?? m[3],
    );
    for (const target of imports) expect(target).toMatch(/^(\.\/[a-z-]+|node:crypto)$/);
    expect(source).not.toMatch(/\bprocess\.|\bglobalThis\.|\bwindow\./);
  });
});
