// What `perf-gate init` found to measure: endpoints it can send as they are, and what it writes commented out with
// what is missing. Each source (an OpenAPI document, Django's URL patterns, --endpoint flags) gives this shape.

export interface Candidate {
  name: string;
  /** A path on the app's base URL, with {name} placeholders filled from vars. */
  url: string;
  vars?: Record<string, { values: (string | number)[] } | { range: [number, number] }>;
}

export interface LeftOut {
  /** "GET /items/{id}" */
  what: string;
  /** "needs a value for id: the document gives no example or enum" */
  why: string;
  /** The endpoint as it would be written, for a commented-out entry. */
  url?: string;
}

export interface Found {
  /** Where they came from: "openapi.json in the repository", "Django's URL patterns". */
  source: string;
  candidates: Candidate[];
  leftOut: LeftOut[];
}

/** Candidates a budget takes at most; the rest are listed as left out. */
export const maxCandidates = 20;

/** A budget name from a path: "/api/items/{id}" → "items-id"; unique among `taken`. */
export function nameFor(url: string, taken: Set<string>): string {
  const words = url
    .split('?')[0]!
    .split('/')
    .map((w) => w.replace(/[{}<>]/g, '').replace(/[^A-Za-z0-9_-]+/g, '-'))
    .filter((w) => w && w !== 'api' && !/^v\d+$/.test(w));
  const base = (words.join('-') || 'root').toLowerCase().slice(0, 60);
  let name = base;
  for (let i = 2; taken.has(name); i++) name = `${base}-${i}`;
  taken.add(name);
  return name;
}

/** The first `maxCandidates` by path; the rest left out with the reason said once each. */
export function capped(found: Found): Found {
  const sorted = [...found.candidates].sort((a, b) => a.url.localeCompare(b.url));
  const kept = sorted.slice(0, maxCandidates);
  const rest = sorted.slice(maxCandidates).map((c) => ({ what: `GET ${c.url}`, why: `beyond the first ${maxCandidates} by path`, url: c.url }));
  return { ...found, candidates: kept, leftOut: [...found.leftOut, ...rest] };
}
