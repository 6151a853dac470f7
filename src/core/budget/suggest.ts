// "Did you mean" for misspelt names.

/**
 * Optimal string alignment distance: Levenshtein plus swaps of neighbours, the commonest typo
 * ("lpc" for "lcp"), which plain Levenshtein libraries count as two edits.
 */
export function editDistance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const row = d[i]!;
      const prev = d[i - 1]!;
      row[j] = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) row[j] = Math.min(row[j]!, d[i - 2]![j - 2]! + 1);
    }
  }
  return d[a.length]![b.length]!;
}

// Among equally distant names, the one whose differing characters are nearest wins ("p96" → "p95", not "p90").
function nearness(a: string, b: string): number {
  let sum = 0;
  for (let i = 0; i < Math.min(a.length, b.length); i++) sum += Math.abs(a.charCodeAt(i) - b.charCodeAt(i));
  return sum;
}

/** The closest candidate when it is near enough to be a typo, else undefined. */
export function suggest(input: string, candidates: readonly string[]): string | undefined {
  const lower = input.toLowerCase();
  // A clipped name ("perf" for "performance") is as clear a hint as a typo.
  const extended = lower.length >= 3 ? candidates.filter((c) => c.toLowerCase().startsWith(lower)) : [];
  if (extended.length === 1) return extended[0];
  let best: { name: string; d: number; n: number } | undefined;
  for (const name of candidates) {
    const d = editDistance(lower, name.toLowerCase());
    const n = nearness(lower, name.toLowerCase());
    if (!best || d < best.d || (d === best.d && n < best.n)) best = { name, d, n };
  }
  if (!best) return undefined;
  const limit = Math.max(1, Math.floor(Math.max(lower.length, best.name.length) / 3));
  return best.d <= limit ? best.name : undefined;
}

export function didYouMean(input: string, candidates: readonly string[]): string {
  const hit = suggest(input, candidates);
  return hit ? ` (did you mean '${hit}'?)` : '';
}
