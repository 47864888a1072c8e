import type { CertificateState, World } from '../../../sim/world';

/**
 * The edge's TLS certificates as clients see them: Let's Encrypt certificates valid for 90 days, issued by
 * R11 under ISRG Root X1. A PEM block carries the fields our `openssl x509` reads back from a pipe.
 */

const VALIDITY_MS = 90 * 86_400_000;
export const ISSUER = "C = US, O = Let's Encrypt, CN = R11";
export const ROOT = 'C = US, O = Internet Security Research Group, CN = ISRG Root X1';
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

export type CertificateView = { subject: string; issuer: string; notBeforeMs: number; notAfterMs: number };

export function certificateView(cert: CertificateState): CertificateView {
  return { subject: `CN = ${cert.name}`, issuer: ISSUER, notBeforeMs: cert.expiresAtUnixMs - VALIDITY_MS, notAfterMs: cert.expiresAtUnixMs };
}

/** What verification says about the certificate served for `name` now (undefined when it verifies). */
export function certificateProblem(world: World, name: string): string | undefined {
  const cert = world.certificates.get(name);
  if (!cert) return undefined;
  const now = world.startUnixMs + world.now;
  if (now > cert.expiresAtUnixMs) return 'certificate has expired';
  if (now < cert.expiresAtUnixMs - VALIDITY_MS) return 'certificate is not yet valid';
  return undefined;
}

/** OpenSSL's ASN1_TIME_print: `Mar 13 09:00:00 2026 GMT`, the day padded with a space. */
export function opensslDate(ms: number): string {
  const d = new Date(ms);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${MONTHS[d.getUTCMonth()]} ${String(d.getUTCDate()).padStart(2, ' ')} ${two(d.getUTCHours())}:${two(d.getUTCMinutes())}:${two(d.getUTCSeconds())} ${d.getUTCFullYear()} GMT`;
}

const MARK = 'firedrill-x509';

/** The PEM block s_client prints for the server certificate. */
export function toPem(view: CertificateView): string {
  const payload = btoa([MARK, view.subject, view.issuer, view.notBeforeMs, view.notAfterMs].join('\n'));
  const lines = payload.match(/.{1,64}/g) ?? [];
  return `-----BEGIN CERTIFICATE-----\n${lines.join('\n')}\n-----END CERTIFICATE-----\n`;
}

/** Reads the first certificate of a PEM text back; a string is openssl's complaint. */
export function fromPem(text: string): CertificateView | undefined {
  const m = /-----BEGIN CERTIFICATE-----\n([\s\S]*?)\n-----END CERTIFICATE-----/.exec(text);
  if (!m) return undefined;
  let decoded: string;
  try {
    decoded = atob(m[1]!.replace(/\s+/g, ''));
  } catch {
    return undefined;
  }
  const [mark, subject, issuer, notBefore, notAfter] = decoded.split('\n');
  if (mark !== MARK || subject === undefined || issuer === undefined) return undefined;
  return { subject, issuer, notBeforeMs: Number(notBefore), notAfterMs: Number(notAfter) };
}
