// How close an extracted article is to the expected one: F1 over 4-word shingles, as public extraction
// benchmarks score article bodies; words are runs of letters and digits, and each Chinese, Japanese,
// Korean or Thai character counts as a word so that pages without spaces are scored too.

const WORD = /[\p{L}\p{N}\p{M}]+/gu;
const CHARACTER_WORD = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Thai}]/u;
const SHINGLE = 4;

export function scoreTokens(text: string): string[] {
  const tokens: string[] = [];
  for (const [word] of text.toLowerCase().matchAll(WORD)) {
    if (!CHARACTER_WORD.test(word)) {
      tokens.push(word);
      continue;
    }
    let run = '';
    for (const ch of word) {
      if (CHARACTER_WORD.test(ch)) {
        if (run) tokens.push(run);
        run = '';
        tokens.push(ch);
      } else run += ch;
    }
    if (run) tokens.push(run);
  }
  return tokens;
}

function shingles(text: string): Map<string, number> {
  const tokens = scoreTokens(text);
  const counts = new Map<string, number>();
  const n = Math.min(SHINGLE, tokens.length);
  if (n === 0) return counts;
  for (let i = 0; i + n <= tokens.length; i++) {
    const key = tokens.slice(i, i + n).join(' ');
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

export interface Score {
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
}

/** Shingles counted with repeats; two empty texts agree perfectly, one empty text scores zero. */
export function shingleScore(expected: string, extracted: string): Score {
  const truth = shingles(expected);
  const found = shingles(extracted);
  let both = 0;
  let truthTotal = 0;
  let foundTotal = 0;
  for (const count of truth.values()) truthTotal += count;
  for (const [key, count] of found) {
    foundTotal += count;
    both += Math.min(count, truth.get(key) ?? 0);
  }
  if (truthTotal === 0 && foundTotal === 0) return { precision: 1, recall: 1, f1: 1 };
  if (both === 0) return { precision: 0, recall: 0, f1: 0 };
  const precision = both / foundTotal;
  const recall = both / truthTotal;
  return { precision, recall, f1: (2 * precision * recall) / (precision + recall) };
}
