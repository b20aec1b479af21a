// Edit distance with adjacent transpositions (optimal string alignment), so "lavorv" is one edit from
// "lavrov". Bounded: gives up as soon as the distance must exceed `max`. Pure.

/** The distance between a and b, or max + 1 when it is larger than max. */
export function editDistance(a: string, b: string, max: number): number {
  const s = [...a];
  const t = [...b];
  if (Math.abs(s.length - t.length) > max) return max + 1;
  let before = Array.from({ length: t.length + 1 }, () => 0);
  let previous = Array.from({ length: t.length + 1 }, (_, j) => j);
  let current = Array.from({ length: t.length + 1 }, () => 0);
  for (let i = 1; i <= s.length; i++) {
    current[0] = i;
    let rowMin = i;
    for (let j = 1; j <= t.length; j++) {
      const cost = s[i - 1] === t[j - 1] ? 0 : 1;
      let best = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && s[i - 1] === t[j - 2] && s[i - 2] === t[j - 1]) {
        best = Math.min(best, (before[j - 2] ?? 0) + 1);
      }
      current[j] = best;
      rowMin = Math.min(rowMin, best);
    }
    if (rowMin > max) return max + 1;
    [before, previous, current] = [previous, current, before];
  }
  const distance = previous[t.length] ?? max + 1;
  return distance > max ? max + 1 : distance;
}
