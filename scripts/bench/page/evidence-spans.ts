// The passages of an article's text an analyst would highlight: whole sentences, a clause of one, or two
// sentences running on, as [start, end) offsets into the reader's text model (paragraphs joined by '\n').
// Pure; the evidence bench draws its 20,000 highlights from these.
import type { Rng } from '../../corpus/prng';

export type Span = readonly [start: number, end: number];

/** Shorter passages are not worth a highlight; longer ones are cut at a sentence. */
const MIN_SPAN = 20;

/** Every sentence of `text` (never across a paragraph break), trimmed, at least MIN_SPAN characters. */
export function sentenceSpans(text: string): Span[] {
  const spans: Span[] = [];
  for (const match of text.matchAll(/[^.!?\n]+(?:[.!?]+["”’)]*|$)/gm)) {
    const raw = match[0];
    const lead = raw.length - raw.trimStart().length;
    const start = (match.index ?? 0) + lead;
    const end = (match.index ?? 0) + raw.trimEnd().length;
    if (end - start >= MIN_SPAN) spans.push([start, end]);
  }
  return spans;
}

/** The clauses of a sentence (split after a comma, semicolon or colon) long enough to stand alone. */
export function clauseSpans(text: string, [start, end]: Span): Span[] {
  const spans: Span[] = [];
  let from = start;
  for (let i = start; i <= end; i++) {
    if (i < end && !',;:'.includes(text[i] ?? '')) continue;
    let s = from;
    while (s < i && text[s] === ' ') s++;
    if (i - s >= MIN_SPAN) spans.push([s, i]);
    from = i + 1;
  }
  return spans;
}

/**
 * One passage drawn from `sentences`: mostly a sentence, sometimes a clause of one, sometimes it and the next
 * sentence when both are in the same paragraph.
 */
export function drawSpan(rng: Rng, text: string, sentences: readonly Span[]): Span {
  const at = rng.int(0, sentences.length - 1);
  const sentence = sentences[at] as Span;
  const roll = rng.next();
  if (roll < 0.25) {
    const clauses = clauseSpans(text, sentence);
    if (clauses.length > 1) return rng.pick(clauses);
  } else if (roll > 0.85) {
    const next = sentences[at + 1];
    if (next && !text.slice(sentence[1], next[0]).includes('\n')) return [sentence[0], next[1]];
  }
  return sentence;
}
