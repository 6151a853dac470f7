// app.tls in the forms each client takes: connect options for Node's TLS (the readiness wait, undici's pool) and
// Chrome's flags. A certificate error that waiting cannot cure is told apart from a server still coming up.
import { X509Certificate, createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { AppPlan } from '../../core/budget/plan.js';
import { ConfigError } from '../../core/errors.js';

export type TlsTrust = AppPlan['tls'];

/** Options for tls.connect (undici's `connect`): the CA file's certificates trusted, or no check at all. */
export function connectOptions(tls: TlsTrust, budgetFile: string): { ca?: string; rejectUnauthorized?: boolean } {
  if (!tls) return {};
  if ('insecure' in tls) return { rejectUnauthorized: false };
  return { ca: readCa(tls.ca, budgetFile) };
}

function readCa(file: string, budgetFile: string): string {
  let pem: string;
  try {
    pem = readFileSync(file, 'utf8');
  } catch {
    throw new ConfigError([`${budgetFile}: app.tls.ca: expected a PEM certificate file, got '${file}', which cannot be read`]);
  }
  if (!pem.includes('-----BEGIN CERTIFICATE-----')) throw new ConfigError([`${budgetFile}: app.tls.ca: expected a PEM certificate in '${file}'`]);
  return pem;
}

/** Chrome has no CA-file flag: it trusts certificates whose public key is listed (SPKI SHA-256, base64). */
export function chromeTlsFlags(tls: TlsTrust, budgetFile: string): string[] {
  if (!tls) return [];
  if ('insecure' in tls) return ['--ignore-certificate-errors'];
  const pems = readCa(tls.ca, budgetFile).match(/-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g) ?? [];
  const hashes = pems.map((pem) =>
    createHash('sha256')
      .update(new X509Certificate(pem).publicKey.export({ type: 'spki', format: 'der' }))
      .digest('base64'),
  );
  return [`--ignore-certificate-errors-spki-list=${hashes.join(',')}`];
}

// Errors of the certificate or of the TLS handshake itself: the same answer every time, however long one waits.
const certificateCodes = new Set([
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'UNABLE_TO_GET_ISSUER_CERT',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'CERT_HAS_EXPIRED',
  'CERT_NOT_YET_VALID',
  'CERT_UNTRUSTED',
  'CERT_REJECTED',
  'CERT_SIGNATURE_FAILURE',
  'ERR_TLS_CERT_ALTNAME_INVALID',
  'ERR_SSL_WRONG_VERSION_NUMBER',
]);

/** What a failed request met, by name ("ECONNREFUSED", "TLS certificate: DEPTH_ZERO_SELF_SIGNED_CERT (self-signed
 * certificate)"), and whether it is a certificate problem that waiting cannot cure. */
export function describeRequestError(e: unknown): { text: string; certificate: boolean } {
  let err = e as (Error & { code?: string; cause?: unknown }) | undefined;
  // fetch and undici wrap the socket's error; the innermost one with a code names it.
  while (err && !err.code && err.cause instanceof Error) err = err.cause as Error & { code?: string; cause?: unknown };
  const code = err?.code;
  // Node adds advice about its own flags after a ';': not this user's to act on.
  if (code && certificateCodes.has(code)) return { text: `TLS certificate: ${code} (${(err?.message ?? '').split(';')[0]})`, certificate: true };
  return { text: code ? `${code}${err?.message && !err.message.includes(code) ? ` (${err.message})` : ''}` : (err?.message ?? String(e)), certificate: false };
}
