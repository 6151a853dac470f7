// "Did you mean" for misspelt names; fastest-levenshtein is small, maintained and fast.
import { distance } from 'fastest-levenshtein';

// Among equally distant names, the one whose differing characters are nearest wins ("p96" → "p95", not "p90").
function nearness(a: string, b: string): number {
  let sum = 0;
  for (let i = 0; i < Math.min(a.length, b.length); i++) sum += Math.abs(a.charCodeAt(i) - b.charCodeAt(i));
  return sum;
}

/** The closest candidate when it is near enough to be a typo, else undefined. */
export function suggest(input: string, candidates: readonly string[]): string | undefined {
  const lower = input.toLowerCase();
  let best: { name: string; d: number; n: number } | undefined;
  for (const name of candidates) {
    const d = distance(lower, name.toLowerCase());
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
