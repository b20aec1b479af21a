// briefDocument citing sources the file names without a web link: an outlet becomes the citation's outlet, an
// identifier or a link of another scheme its locator (written as text by every format), and an over-long
// title or source line is cut to the brief format's bounds rather than making the brief unexportable.
import { describe, expect, it } from 'vitest';
import type { ArticleEntry } from '../../../../../src-preload/contract';
import { briefDocument } from '../../../../../src-renderer/src/features/briefs/brief-document';
import { SEED_ENTRY, SEED_ID } from '../../catalog-records';
import { brief, evidenceOf, expectValid, inputs, itemFor, NOW, P1 } from './brief-document-fixture';

function sourceFor(entry: Partial<ArticleEntry>): ReturnType<typeof evidenceOf>[number]['source'] | undefined {
  const catalogued: ArticleEntry = { ...SEED_ENTRY, url: null, ...entry };
  const document = briefDocument(
    brief([{ id: 's', heading: 'H', text: '', items: [itemFor(P1)] }]),
    inputs([P1], { entries: new Map([[SEED_ID, catalogued]]) }),
    NOW,
  );
  expectValid(document);
  return evidenceOf(document)[0]?.source;
}

describe('briefDocument with named sources', () => {
  it('cites an outlet named on line 3 as the outlet, with no locator', () => {
    expect(sourceFor({ source: 'Reuters', domain: 'Reuters' })).toMatchObject({ outlet: 'Reuters', url: null });
  });

  it('cites an identifier, or a link that is not a web link, where the URL goes', () => {
    expect(sourceFor({ source: 'urn:reuters-21578:newid:2', domain: null })).toMatchObject({
      outlet: null,
      url: 'urn:reuters-21578:newid:2',
    });
    expect(sourceFor({ source: 'javascript:alert(1)', domain: null })).toMatchObject({ url: 'javascript:alert(1)' });
  });

  it("cites the outlet's own name and the author when the original gives them, the link's host otherwise", () => {
    const url = 'https://www.theguardian.com/world/2022/feb/11/x';
    expect(sourceFor({ url, domain: 'theguardian.com', outlet: 'The Guardian', author: 'Luke Harding' })).toMatchObject(
      { outlet: 'The Guardian', author: 'Luke Harding', url },
    );
    expect(sourceFor({ url, domain: 'theguardian.com', outlet: null, author: null })).toMatchObject({
      outlet: 'theguardian.com',
      author: null,
    });
    const long = sourceFor({ outlet: 'O'.repeat(400), author: 'A'.repeat(900) });
    expect([long?.outlet?.length, long?.author?.length]).toEqual([253, 500]);
  });

  it('keeps the web link first when there is one', () => {
    const url = 'https://www.reuters.com/article/x';
    expect(sourceFor({ url, source: null, domain: 'reuters.com' })).toMatchObject({ outlet: 'reuters.com', url });
  });

  it('cuts an over-long title or source line to the bounds every brief must keep', () => {
    const source = sourceFor({ title: 'T'.repeat(5000), source: `urn:x:${'9'.repeat(9000)}`, domain: null });
    expect(source?.title).toHaveLength(2000);
    expect(source?.title.endsWith('…')).toBe(true);
    expect(source?.url).toHaveLength(8192);
  });
});
