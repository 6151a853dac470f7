// Request templates: an endpoint's url, header values and body with `{name}` placeholders (OpenAPI's path-template
// style), filled per request from the endpoint's vars. The grammar, above its parser:
//
//   template    = *( literal / placeholder / escape )
//   placeholder = "{" name "}"        ; name = [A-Za-z_][A-Za-z0-9_]*
//   escape      = "{{" / "}}"         ; a literal brace
//
// In a url any other brace is an error (it would be sent as a literal the author did not mean); in a header value
// or a body it is literal text, so a raw JSON body needs no escapes. A `${NAME}` (read from the environment) is
// literal text here, for the budget's own expansion. Each placeholder says how its value is written
// where it lands: URL-encoded in a url, as is in a header or a raw body, escaped inside a JSON string, or as a JSON
// value where a JSON string is the placeholder alone (`{"id": "{id}"}` sends `{"id": 42}` for a number).

/** How a value is written where its placeholder stands. */
export type Encoding = 'url' | 'raw' | 'json-string' | 'json-value';

export type TemplatePart = { text: string } | { name: string; encoding: Encoding };

/** A template as parts; a template without placeholders is one literal part. */
export type Template = TemplatePart[];

export type Where = 'url' | 'header' | 'body';

const namePattern = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** Parses one string; the error says what was expected, for the caller to say where. */
export function parseTemplate(text: string, where: Where, encoding: Encoding): { ok: true; template: Template } | { ok: false; error: string } {
  const parts: Template = [];
  let literal = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    const next = text[i + 1];
    if (c === '$' && next === '{') {
      const end = text.indexOf('}', i + 2);
      const stop = end < 0 ? text.length - 1 : end;
      literal += text.slice(i, stop + 1);
      i = stop;
      continue;
    }
    if ((c === '{' && next === '{') || (c === '}' && next === '}')) {
      literal += c;
      i++;
      continue;
    }
    if (c === '{') {
      const end = text.indexOf('}', i + 1);
      const name = end < 0 ? '' : text.slice(i + 1, end);
      if (namePattern.test(name)) {
        if (literal) parts.push({ text: literal });
        literal = '';
        parts.push({ name, encoding });
        i = end;
        continue;
      }
    }
    if ((c === '{' || c === '}') && where === 'url') {
      return {
        ok: false,
        error: `expected {name} placeholders with a name of letters, digits and _ (write {{ and }} for a literal brace), got '${c}' at character ${i + 1} of '${text}'`,
      };
    }
    literal += c;
  }
  if (literal || parts.length === 0) parts.push({ text: literal });
  return { ok: true, template: parts };
}

/** The names a template uses. */
export const namesIn = (t: Template): string[] => t.flatMap((p) => ('name' in p ? [p.name] : []));

/** The template written back in its own syntax (braces of literals escaped): what the report and the logs show. */
export const templateText = (t: Template): string => t.map((p) => ('name' in p ? `{${p.name}}` : p.text.replaceAll('{', '{{').replaceAll('}', '}}'))).join('');

/** A value of a var: a number from a range or a list, or a string from a list or a file. */
export type VarValue = string | number;

const encoders: Record<Encoding, (v: VarValue) => string> = {
  url: (v) => encodeURIComponent(String(v)),
  // A header or raw body value cannot end a header line.
  raw: (v) => String(v).replace(/[\r\n]+/g, ' '),
  'json-string': (v) => JSON.stringify(String(v)).slice(1, -1),
  'json-value': (v) => JSON.stringify(v),
};

/** The template with each placeholder's value written as its encoding says. */
export function fill(t: Template, values: Readonly<Record<string, VarValue>>): string {
  let out = '';
  for (const p of t) out += 'name' in p ? encoders[p.encoding](values[p.name] ?? '') : p.text;
  return out;
}

// Marks a JSON string while the body is written as JSON text; not a character a budget's text would hold.
const mark = (i: number) => `\u0001${i}\u0001`;

/**
 * A JSON body (an object or array in the budget) as a template: placeholders only inside its string values; a string
 * that is one placeholder alone becomes that var's value as JSON (a number stays a number).
 */
export function jsonBodyTemplate(body: unknown): { ok: true; template: Template } | { ok: false; error: string } {
  const strings: Template[] = [];
  let error: string | undefined;
  const marked = JSON.stringify(body, (_key, value: unknown) => {
    if (typeof value !== 'string' || error !== undefined) return value;
    const parsed = parseTemplate(value, 'body', 'json-string');
    if (!parsed.ok) error = parsed.error;
    else if (namesIn(parsed.template).length > 0) return mark(strings.push(parsed.template) - 1);
    return value;
  });
  if (error !== undefined) return { ok: false, error };
  const parts: Template = [];
  // JSON.stringify writes \u0001 as the six characters \u0001.
  const pieces = marked.split(/"\\u0001(\d+)\\u0001"/);
  pieces.forEach((piece, i) => {
    if (i % 2 === 0) {
      if (piece) parts.push({ text: piece });
      return;
    }
    const t = strings[Number(piece)]!;
    const only = t.length === 1 && 'name' in t[0]!;
    if (only) parts.push({ name: (t[0] as { name: string }).name, encoding: 'json-value' });
    else parts.push({ text: '"' }, ...t.map((p) => ('name' in p ? p : { text: JSON.stringify(p.text).slice(1, -1) })), { text: '"' });
  });
  return { ok: true, template: merged(parts) };
}

// Adjacent literals as one part.
function merged(parts: Template): Template {
  const out: Template = [];
  for (const p of parts) {
    const last = out.at(-1);
    if (last && 'text' in last && 'text' in p) out[out.length - 1] = { text: last.text + p.text };
    else out.push(p);
  }
  return out;
}
