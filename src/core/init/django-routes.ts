// Django's URL patterns as `perf-gate init` candidates: a route without parameters is an endpoint; one with
// parameters (`<int:pk>`, a regex group) is left out, naming them (Django says nothing of their values).
import { type Candidate, type Found, type LeftOut, capped, nameFor } from './candidates.js';

// Django's own pages and files served beside the app, not what a team gates.
const notTheApp = /^\/(admin|static|media|__debug__)\//;

/** "api/items/<int:pk>/" or "^api/items/(?P<pk>\d+)/$" → the path, and the names of its parameters. */
export function routeOf(pattern: string): { path: string; params: string[] } | undefined {
  let p = pattern;
  const params: string[] = [];
  const isRegex = p.startsWith('^') || p.endsWith('$');
  if (isRegex) {
    p = p.replace(/^\^/, '').replace(/\$$/, '');
    p = p.replace(/\(\?P<(\w+)>[^)]*\)/g, (_, n: string) => (params.push(n), `{${n}}`));
    p = p.replace(/\\\//g, '/').replace(/\\\./g, '.').replace(/\\-/g, '-');
    if (/[()[\]*+?|\\]/.test(p)) return undefined; // a pattern with more than a path in it: cannot be sent as is
  } else {
    p = p.replace(/<(?:\w+:)?(\w+)>/g, (_, n: string) => (params.push(n), `{${n}}`));
  }
  return { path: `/${p}`, params };
}

/** The candidates among a project's URL patterns, every include joined into full patterns. */
export function endpointsFromDjango(patterns: readonly string[]): Found {
  const taken = new Set<string>();
  const candidates: Candidate[] = [];
  const leftOut: LeftOut[] = [];
  const seen = new Set<string>();
  for (const pattern of [...patterns].sort()) {
    const route = routeOf(pattern);
    if (!route) {
      leftOut.push({ what: `the pattern ${pattern}`, why: 'a regular expression that is not a plain path' });
      continue;
    }
    if (notTheApp.test(route.path) || seen.has(route.path)) continue;
    seen.add(route.path);
    if (route.params.length > 0) {
      leftOut.push({ what: `GET ${route.path}`, why: `needs a value for ${route.params.join(', ')}: URL patterns give none`, url: route.path });
      continue;
    }
    candidates.push({ name: nameFor(route.path, taken), url: route.path });
  }
  return capped({ source: "Django's URL patterns", candidates, leftOut });
}
