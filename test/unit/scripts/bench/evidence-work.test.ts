// The evidence bench's seeded work: highlights on real passages of real text (State of the Union speeches),
// spread over articles, that the app's own import reads back whole.
import { describe, expect, it } from 'vitest';
import { articleText } from '../../../../src-renderer/src/anchoring/text-model';
import { fromWorkDocument } from '../../../../src-renderer/src/db/work-document';
import { loadSpeeches, paragraphsOf } from '../../../../scripts/corpus/sotu';
import { clauseSpans, sentenceSpans } from '../../../../scripts/bench/page/evidence-spans';
import { evidenceDocument, evidenceWork, type EvidenceArticle } from '../../../../scripts/bench/page/evidence-work';

const NOW = Date.UTC(2026, 10, 30);

/** The latest speeches cut into articles of four paragraphs, as a library's articles, with outlets and dates. */
function articles(): EvidenceArticle[] {
  const out: EvidenceArticle[] = [];
  for (const speech of loadSpeeches().slice(-30)) {
    const paragraphs = paragraphsOf(speech.text);
    for (let i = 0; i + 4 <= paragraphs.length && out.length < 600; i += 4) {
      const outlet = ['capitolwire', 'meridianpost', 'harborledger'][out.length % 3] as string;
      out.push({
        id: `${outlet}/${speech.year}/part-${i}.txt`,
        hash: `hash-${out.length}`,
        title: `${speech.name}, ${speech.year} (${i / 4 + 1})`,
        text: articleText(paragraphs.slice(i, i + 4)),
        url: `https://www.${outlet}.example/${speech.year}/${i}`,
        domain: `${outlet}.example`,
        date: `${speech.year}-01-${String(10 + (i % 18)).padStart(2, '0')}`,
      });
    }
  }
  return out;
}

describe('the evidence bench work', () => {
  const library = articles();
  const work = evidenceWork(library, 2000, NOW);
  const byId = new Map(library.map((a) => [a.id, a]));

  it('quotes real passages: each highlight is the text at its position, in one paragraph', () => {
    expect(work.highlights).toHaveLength(2000);
    for (const h of work.highlights) {
      const text = byId.get(h.articleId)?.text ?? '';
      expect(text.slice(h.position.start, h.position.end)).toBe(h.quote.exact);
      expect(text.slice(0, h.position.start).endsWith(h.quote.prefix)).toBe(true);
      expect(text.slice(h.position.end).startsWith(h.quote.suffix)).toBe(true);
      expect(h.quote.exact).not.toContain('\n');
      expect(h.quote.exact.trim()).toBe(h.quote.exact);
      expect(h.quote.exact.length).toBeGreaterThanOrEqual(20);
    }
  });

  it('reads a library larger than the articles it marks', () => expect(library).toHaveLength(600));

  it('spreads them over articles, a few read closely, and rarely marks one passage twice', () => {
    const perArticle = new Map<string, number>();
    for (const h of work.highlights) perArticle.set(h.articleId, (perArticle.get(h.articleId) ?? 0) + 1);
    expect(perArticle.size).toBe(400);
    const counts = [...perArticle.values()].sort((a, b) => a - b);
    expect(counts[0]).toBeLessThan(5);
    expect(counts.at(-1)).toBeGreaterThan(15);
    const passages = new Set(work.highlights.map((h) => `${h.articleId} ${h.position.start} ${h.position.end}`));
    expect(passages.size / work.highlights.length).toBeGreaterThan(0.9);
  });

  it('carries colours, notes, topic tags, credibility and event dates near the report date', () => {
    const share = (test: (h: (typeof work.highlights)[number]) => boolean): number =>
      work.highlights.filter(test).length / work.highlights.length;
    expect(new Set(work.highlights.map((h) => h.color)).size).toBe(5);
    expect(share((h) => h.note !== '')).toBeGreaterThan(0.1);
    expect(share((h) => h.tags.length > 0)).toBeGreaterThan(0.2);
    expect(share((h) => h.credibility !== undefined)).toBeGreaterThan(0.45);
    expect(share((h) => h.eventDate !== undefined)).toBeGreaterThan(0.2);
    for (const h of work.highlights.filter((x) => x.tags.includes('budget'))) {
      expect(h.quote.exact).toMatch(/budget|deficit|tax|spending|debt/i);
    }
    for (const h of work.highlights) {
      if (h.eventDate === undefined) continue;
      const reported = Date.parse(byId.get(h.articleId)?.date ?? '');
      const days = (Date.parse(h.eventDate) - reported) / 86_400_000;
      expect(days).toBeGreaterThanOrEqual(-10);
      expect(days).toBeLessThanOrEqual(14);
    }
  });

  it('is the same for the same seed and differs for another', () => {
    const again = evidenceWork(library, 2000, NOW);
    expect(again.highlights.map((h) => h.id)).toEqual(work.highlights.map((h) => h.id));
    expect(evidenceWork(library, 2000, NOW, 15).highlights[0]?.id).not.toBe(work.highlights[0]?.id);
  });

  it('is read back whole by the app: every highlight, link and graded outlet, nothing refused', () => {
    const read = fromWorkDocument(JSON.parse(JSON.stringify(evidenceDocument(work, library, NOW))), NOW);
    expect(read.refused).toEqual([]);
    expect(read.highlights).toEqual(work.highlights);
    expect(read.links).toHaveLength(work.links.length);
    expect(read.links.length).toBeGreaterThan(150);
    const ids = new Set(work.highlights.map((h) => h.id));
    for (const link of read.links) expect(ids.has(link.from) && ids.has(link.to) && link.from !== link.to).toBe(true);
    expect(read.sources.map((s) => s.domain)).toEqual([
      'capitolwire.example',
      'harborledger.example',
      'meridianpost.example',
    ]);
  });
});

describe('passages of a text', () => {
  const text =
    'First, a short one. The second sentence runs on, past a comma; and then a longer clause.\nNext paragraph here.';

  it('are sentences that never cross a paragraph break', () => {
    const spans = sentenceSpans(text).map(([s, e]) => text.slice(s, e));
    expect(spans).toEqual([
      'The second sentence runs on, past a comma; and then a longer clause.',
      'Next paragraph here.',
    ]);
  });

  it('and clauses of a sentence long enough to stand alone', () => {
    const [sentence] = sentenceSpans(text);
    const clauses = clauseSpans(text, sentence ?? [0, 0]).map(([s, e]) => text.slice(s, e));
    expect(clauses).toEqual(['The second sentence runs on', 'and then a longer clause.']);
  });
});
