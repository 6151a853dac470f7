// `${NAME}` in a budget's header, cookie, body and setup values is read from the environment at run time, so a token
// stays in the workflow's secrets instead of the committed file. Pure: the environment is passed in.

const reference = /\$\{([A-Za-z_][A-Za-z0-9_]*)\}/g;

export type Expanded = { ok: true; value: string; secrets: string[] } | { ok: false; missing: string[] };

/**
 * The text with every `${NAME}` replaced by its value. An empty value counts as missing: GitHub Actions passes a
 * secret that is not configured as an empty string, and sending an empty token would only fail later and vaguely.
 */
export function expandReferences(text: string, env: Readonly<Record<string, string | undefined>>): Expanded {
  const missing: string[] = [];
  const secrets: string[] = [];
  const value = text.replace(reference, (_, name: string) => {
    const v = env[name];
    if (!v) missing.push(name);
    else secrets.push(v);
    return v ?? '';
  });
  return missing.length > 0 ? { ok: false, missing: [...new Set(missing)] } : { ok: true, value, secrets };
}

/** The message for names that are not set, naming how a workflow passes them. */
export const missingMessage = (names: readonly string[]) =>
  `${names.map((n) => `\${${n}}`).join(', ')} ${names.length === 1 ? 'is' : 'are'} not set in the environment (or empty); expected the workflow to pass ${
    names.length === 1 ? 'it' : 'them'
  }, e.g. env: { ${names[0]}: \${{ secrets.${names[0]} }} }`;

/** Every occurrence of a secret replaced by ***, for logs and files; also as escaped inside JSON and in HTML's JSON. */
/**
 * A switch or a number read from the environment (`'0'`, `'true'`, `'8000'`) is no secret, and masking it would blank
 * every digit of the report; so is anything under four characters.
 */
const maskable = (value: string) => value.length >= 4 && !/^(\d+|true|false|yes|no|on|off)$/i.test(value);

export function maskSecrets(text: string, secrets: readonly string[]): string {
  const forms = new Set<string>();
  for (const s of secrets) {
    if (!maskable(s)) continue;
    const json = JSON.stringify(s).slice(1, -1);
    for (const form of [s, json, json.replace(/</g, '\\u003c')]) forms.add(form);
  }
  let out = text;
  // Longest first, so a secret that contains another is masked whole.
  for (const form of [...forms].sort((a, b) => b.length - a.length)) out = out.split(form).join('***');
  return out;
}
