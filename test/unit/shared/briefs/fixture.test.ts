// The fixture brief is real: every quote that is not orphaned is exact text of its article, in the
// paragraph it names, with the context, offsets and content hash the app would have stored.
// (test/fixtures/articles/000_08978045df2b272e.txt is the repository's copy of the shared seed article.)
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../../../src-main/articles/parse';
import { EVIDENCE, FIXTURE } from './brief-support';

const ARTICLE_FILES: Readonly<Record<string, URL>> = {
  'seed/000_08978045df2b272e.txt': new URL('../../../fixtures/articles/000_08978045df2b272e.txt', import.meta.url),
  'local/port-ardley-talks.txt': new URL('../../../fixtures/briefs/port-ardley-talks.txt', import.meta.url),
};

function article(id: string): {
  paragraphs: readonly string[];
  hash: string;
  title: string;
  date: string | null;
  url: string | null;
  domain: string | null;
} {
  const file = ARTICLE_FILES[id];
  if (file === undefined) throw new Error(`no article file for ${id}`);
  const parsed = parseArticle(readFileSync(file));
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.article;
}

describe('test/fixtures/sample-brief.json', () => {
  it('has the shape the tests rely on', () => {
    expect(FIXTURE.format).toBe('dossier-brief');
    expect(FIXTURE.title).toBe('Russia <b>&</b> NATO "talks"');
    expect(FIXTURE.sections.length).toBeGreaterThanOrEqual(2);
    expect(EVIDENCE.length).toBeGreaterThanOrEqual(4);
    expect(new Set(EVIDENCE.map((e) => e.source.articleId)).size).toBe(2);
    expect(EVIDENCE.filter((e) => e.orphaned)).toHaveLength(1);
    expect(EVIDENCE.some((e) => /\*\*|\[.+\]\(https:/.test(e.note))).toBe(true);
    expect(EVIDENCE.some((e) => e.tags.length > 0)).toBe(true);
    expect(new Set(EVIDENCE.map((e) => e.quote)).size).toBe(EVIDENCE.length);
  });

  it.each(EVIDENCE.filter((e) => !e.orphaned).map((e) => [e.id, e] as const))(
    '%s quotes its article exactly',
    (_id, evidence) => {
      const source = article(evidence.source.articleId);
      const text = source.paragraphs.join('\n');
      const { start, end } = evidence.position;
      expect(text.slice(start, end)).toBe(evidence.quote);
      expect(source.paragraphs[(evidence.paragraph ?? 0) - 1]).toContain(evidence.quote);
      expect(text.slice(Math.max(0, start - 32), start)).toBe(evidence.prefix);
      expect(text.slice(end, end + 32)).toBe(evidence.suffix);
      expect(evidence.articleHash).toBe(source.hash);
      expect(evidence.source).toEqual({
        articleId: evidence.source.articleId,
        title: source.title,
        outlet: source.domain,
        date: source.date,
        url: source.url,
      });
    },
  );

  it('has an orphan whose quote is not in the current text of its article', () => {
    const orphan = EVIDENCE.find((e) => e.orphaned);
    expect(orphan?.paragraph).toBeNull();
    const source = article(orphan?.source.articleId ?? '');
    expect(source.paragraphs.join('\n')).not.toContain(orphan?.quote);
    expect(orphan?.articleHash).not.toBe(source.hash);
  });
});
