// The selectors of `counters:`, a subset of PromQL's instant vector selector, and which series they match.
//
//   selector = name [ "{" [ matcher { "," matcher } [ "," ] ] "}" ]
//   name     = [a-zA-Z_:][a-zA-Z0-9_:]*
//   matcher  = label op string
//   label    = [a-zA-Z_][a-zA-Z0-9_]*
//   op       = "=" | "!=" | "=~" | "!~"          (regular expressions match the whole value, as in PromQL)
//   string   = '"' chars '"' | "'" chars "'"     (backslash escapes the quote and itself)
//
// Whitespace may stand between tokens. Examples: `cache_misses_total`, `model_requests_total{cached="false"}`.

export interface LabelMatcher {
  label: string;
  op: '=' | '!=' | '=~' | '!~';
  value: string;
}

export interface CounterSelector {
  /** As written. */
  source: string;
  /** The metric family: a counter (with or without `_total`), a gauge, or a histogram's or summary's base name. */
  name: string;
  matchers: LabelMatcher[];
}

export type SelectorParse = { ok: true; selector: CounterSelector } | { ok: false; error: string; offset: number };

const nameRe = /[a-zA-Z_:][a-zA-Z0-9_:]*/y;
const labelRe = /[a-zA-Z_][a-zA-Z0-9_]*/y;
const opRe = /=~|!~|!=|=/y;

export function parseSelector(source: string): SelectorParse {
  let at = 0;
  const fail = (expected: string): SelectorParse => ({
    ok: false,
    offset: at,
    error: `expected ${expected} at column ${at + 1} of '${source}', got ${at < source.length ? `'${source.slice(at, at + 8)}'` : 'its end'}`,
  });
  const space = () => {
    while (at < source.length && /\s/.test(source[at] as string)) at++;
  };
  const token = (re: RegExp): string | undefined => {
    re.lastIndex = at;
    const m = re.exec(source);
    if (!m) return undefined;
    at += m[0].length;
    return m[0];
  };
  space();
  const name = token(nameRe);
  if (!name) return fail('a metric name like cache_misses_total');
  const matchers: LabelMatcher[] = [];
  space();
  if (source[at] === '{') {
    at++;
    for (;;) {
      space();
      if (source[at] === '}') break;
      const label = token(labelRe);
      if (!label) return fail('a label name or }');
      space();
      const op = token(opRe) as LabelMatcher['op'] | undefined;
      if (!op) return fail('one of = != =~ !~');
      space();
      const quote = source[at];
      if (quote !== '"' && quote !== "'") return fail('a quoted value like "false"');
      let value = '';
      at++;
      while (at < source.length && source[at] !== quote) {
        if (source[at] === '\\' && at + 1 < source.length) at++;
        value += source[at];
        at++;
      }
      if (at >= source.length) return fail(`the closing ${quote}`);
      at++;
      if (op === '=~' || op === '!~') {
        try {
          new RegExp(`^(?:${value})$`);
        } catch {
          at -= value.length + 1;
          return fail('a valid regular expression');
        }
      }
      matchers.push({ label, op, value });
      space();
      if (source[at] === ',') {
        at++;
        continue;
      }
      if (source[at] !== '}') return fail(', or }');
      break;
    }
    at++;
    space();
  }
  if (at < source.length) return fail('nothing more after the selector');
  return { ok: true, selector: { source, name, matchers } };
}

/** Whether a series' labels satisfy every matcher (a label the series lacks reads as empty, as in PromQL). */
export function matches(selector: CounterSelector, labels: Readonly<Record<string, string>>): boolean {
  return selector.matchers.every(({ label, op, value }) => {
    const v = labels[label] ?? '';
    switch (op) {
      case '=':
        return v === value;
      case '!=':
        return v !== value;
      case '=~':
        return new RegExp(`^(?:${value})$`).test(v);
      case '!~':
        return !new RegExp(`^(?:${value})$`).test(v);
    }
  });
}
