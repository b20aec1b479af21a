// A short letter for each colour's meaning, drawn on marks, swatches and filters so a meaning is never
// told by colour alone: the meaning's first letter, its first two where two meanings share one, else
// the colour's number (the key that applies it).

interface Named<K extends string> {
  readonly key: K;
  readonly label: string;
}

const letters = (label: string): string[] => [...label.normalize('NFC')].filter((c) => /[\p{L}\p{N}]/u.test(c));

export function meaningLetters<K extends string>(palette: readonly Named<K>[]): Map<K, string> {
  const chars = palette.map((p) => letters(p.label));
  const first = chars.map((c) => (c[0] ?? '').toLocaleUpperCase());
  const pairs = chars.map((c, i) => (first[i] ?? '') + (c[1] ?? '').toLocaleLowerCase());
  const taken = new Set<string>();
  const chosen = palette.map((_, i) => {
    const initial = first[i] ?? '';
    if (initial && first.filter((f) => f === initial).length === 1) return initial;
    // Meanings sharing an initial: the initial and the next of its letters that no other one claims.
    const clash = (candidate: string): boolean =>
      taken.has(candidate) || pairs.some((pair, j) => j !== i && first[j] === initial && pair === candidate);
    const own = (chars[i] ?? []).slice(1).map((c) => initial + c.toLocaleLowerCase());
    const pick = initial ? own.find((candidate) => !clash(candidate)) : undefined;
    const letter = pick ?? String(i + 1);
    taken.add(letter);
    return letter;
  });
  return new Map(palette.map((entry, i) => [entry.key, chosen[i] ?? String(i + 1)]));
}
