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

type SelectorError = { ok: false; error: string; offset: number };
export type SelectorParse = { ok: true; selector: CounterSelector } | SelectorError;

const nameRe = /[a-zA-Z_:][a-zA-Z0-9_:]*/y;
const labelRe = /[a-zA-Z_][a-zA-Z0-9_]*/y;
const opRe = /=~|!~|!=|=/y;

// A position in the selector, moved forward token by token; a failure names the column it stopped at.
class Scanner {
  at = 0;
  constructor(readonly source: string) {}
  char(): string | undefined {
    return this.source[this.at];
  }
  fail(expected: string): SelectorError {
    const got = this.at < this.source.length ? `'${this.source.slice(this.at, this.at + 8)}'` : 'its end';
    return { ok: false, offset: this.at, error: `expected ${expected} at column ${this.at + 1} of '${this.source}', got ${got}` };
  }
  space(): void {
    while (this.at < this.source.length && /\s/.test(this.source[this.at] as string)) this.at++;
  }
  token(re: RegExp): string | undefined {
    re.lastIndex = this.at;
    const m = re.exec(this.source);
    if (!m) return undefined;
    this.at += m[0].length;
    return m[0];
  }
}

export function parseSelector(source: string): SelectorParse {
  const s = new Scanner(source);
  s.space();
  const name = s.token(nameRe);
  if (!name) return s.fail('a metric name like cache_misses_total');
  const matchers: LabelMatcher[] = [];
  s.space();
  if (s.char() === '{') {
    s.at++;
    for (;;) {
      s.space();
      if (s.char() === '}') break;
      const m = matcherAt(s);
      if (!m.ok) return m;
      matchers.push(m.matcher);
      s.space();
      if (s.char() === ',') {
        s.at++;
        continue;
      }
      if (s.char() !== '}') return s.fail(', or }');
      break;
    }
    s.at++;
    s.space();
  }
  if (s.at < source.length) return s.fail('nothing more after the selector');
  return { ok: true, selector: { source, name, matchers } };
}

// label op string
function matcherAt(s: Scanner): { ok: true; matcher: LabelMatcher } | SelectorError {
  const label = s.token(labelRe);
  if (!label) return s.fail('a label name or }');
  s.space();
  const op = s.token(opRe) as LabelMatcher['op'] | undefined;
  if (!op) return s.fail('one of = != =~ !~');
  s.space();
  const quote = s.char();
  if (quote !== '"' && quote !== "'") return s.fail('a quoted value like "false"');
  let value = '';
  s.at++;
  while (s.at < s.source.length && s.char() !== quote) {
    if (s.char() === '\\' && s.at + 1 < s.source.length) s.at++;
    value += s.char();
    s.at++;
  }
  if (s.at >= s.source.length) return s.fail(`the closing ${quote}`);
  s.at++;
  if (op === '=~' || op === '!~') {
    try {
      new RegExp(`^(?:${value})$`);
    } catch {
      s.at -= value.length + 1;
      return s.fail('a valid regular expression');
    }
  }
  return { ok: true, matcher: { label, op, value } };
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
