/**
 * Go's string and rune quoting (strconv.Quote, QuoteRune, %#U) and PromQL's unquoting (Prometheus's
 * strutil.Unquote), so printed queries and error messages read exactly as Prometheus writes them.
 *
 * Go strings are bytes: `"\xff"` is one invalid byte. JavaScript strings cannot hold that, so a byte that
 * is not part of valid UTF-8 is kept as the lone surrogate U+DC00+byte (Python's "surrogateescape"):
 * `isWellFormedText` then tells valid UTF-8 from invalid, and quoting prints the byte back as `\xff`.
 */

const PRINTABLE = /^[\p{L}\p{M}\p{N}\p{P}\p{S} ]$/u;
const LONE_SURROGATE = /\p{Cs}/u;
const ESCAPED_BYTE_BASE = 0xdc00;

/** unicode.IsPrint: letters, marks, numbers, punctuation, symbols and the ASCII space. */
function isPrintable(cp: number): boolean {
  return PRINTABLE.test(String.fromCodePoint(cp));
}

/** Whether the text is valid UTF-8 in Go's terms (no escaped invalid bytes, no lone surrogates). */
export function isWellFormedText(s: string): boolean {
  return !LONE_SURROGATE.test(s);
}

const hex = (n: number, width: number) => n.toString(16).padStart(width, '0');

const CONTROL_ESCAPES: Record<number, string> = { 7: '\\a', 8: '\\b', 12: '\\f', 10: '\\n', 13: '\\r', 9: '\\t', 11: '\\v' };

function escapeRune(cp: number, quote: number): string {
  if (cp >= ESCAPED_BYTE_BASE + 0x80 && cp <= ESCAPED_BYTE_BASE + 0xff) return `\\x${hex(cp - ESCAPED_BYTE_BASE, 2)}`;
  if (cp === quote || cp === 0x5c) return `\\${String.fromCodePoint(cp)}`;
  if (isPrintable(cp)) return String.fromCodePoint(cp);
  const control = CONTROL_ESCAPES[cp];
  if (control) return control;
  if (cp < 0x20 || cp === 0x7f) return `\\x${hex(cp, 2)}`;
  if (cp >= 0xd800 && cp <= 0xdfff) return '\\ufffd';
  return cp < 0x10000 ? `\\u${hex(cp, 4)}` : `\\U${hex(cp, 8)}`;
}

/** strconv.Quote: a double-quoted Go string literal. */
export function goQuote(s: string): string {
  let out = '"';
  for (const ch of s) out += escapeRune(ch.codePointAt(0)!, 0x22);
  return `${out}"`;
}

/** strconv.QuoteRune (fmt's %q of a rune); -1 (end of input) prints as the replacement character, as in Go. */
export function goQuoteRune(cp: number): string {
  return `'${escapeRune(cp < 0 ? 0xfffd : cp, 0x27)}'`;
}

/** fmt's %#U: `U+0063 'c'`. */
export function goUnicode(cp: number): string {
  const code = `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;
  return isPrintable(cp) ? `${code} '${String.fromCodePoint(cp)}'` : code;
}

/** %.Nq: the first n characters, quoted, as Go prints a long token in a parse error. */
export function goQuoteTruncated(s: string, n: number): string {
  return goQuote([...s].slice(0, n).join(''));
}

const SIMPLE_ESCAPES: Record<string, number> = { a: 7, b: 8, f: 12, n: 10, r: 13, t: 9, v: 11, '\\': 0x5c, "'": 0x27, '"': 0x22 };

function utf8Bytes(cp: number, out: number[]): void {
  if (cp < 0x80) out.push(cp);
  else if (cp < 0x800) out.push(0xc0 | (cp >> 6), 0x80 | (cp & 0x3f));
  else if (cp < 0x10000) out.push(0xe0 | (cp >> 12), 0x80 | ((cp >> 6) & 0x3f), 0x80 | (cp & 0x3f));
  else out.push(0xf0 | (cp >> 18), 0x80 | ((cp >> 12) & 0x3f), 0x80 | ((cp >> 6) & 0x3f), 0x80 | (cp & 0x3f));
}

/** Decodes UTF-8, keeping each invalid byte as U+DC00+byte. */
function decodeUtf8(bytes: readonly number[]): string {
  let out = '';
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i]!;
    const len = b < 0x80 ? 1 : b >= 0xc2 && b < 0xe0 ? 2 : b >= 0xe0 && b < 0xf0 ? 3 : b >= 0xf0 && b < 0xf5 ? 4 : 0;
    let cp = len === 1 ? b : len === 2 ? b & 0x1f : len === 3 ? b & 0x0f : b & 0x07;
    let ok = len > 0 && i + len <= bytes.length;
    for (let k = 1; ok && k < len; k++) {
      const c = bytes[i + k]!;
      ok = (c & 0xc0) === 0x80;
      cp = (cp << 6) | (c & 0x3f);
    }
    const min = [0, 0, 0x80, 0x800, 0x10000][len]!;
    if (ok && cp >= min && cp <= 0x10ffff && !(cp >= 0xd800 && cp <= 0xdfff)) {
      out += String.fromCodePoint(cp);
      i += len;
    } else {
      out += String.fromCharCode(ESCAPED_BYTE_BASE + b);
      i += 1;
    }
  }
  return out;
}

/**
 * The value of a string token as the lexer accepted it ("…", '…' or `…`). Escapes follow Go; `\x` and
 * octal escapes are bytes, so `"\xc3\xa9"` is "é" and a lone `"\xff"` is kept as an escaped invalid byte.
 */
export function unquote(token: string): string {
  const body = token.slice(1, -1);
  if (token.startsWith('`') || !body.includes('\\')) return body;
  const bytes: number[] = [];
  for (let i = 0; i < body.length; ) {
    const cp = body.codePointAt(i)!;
    if (cp !== 0x5c) {
      utf8Bytes(cp, bytes);
      i += cp > 0xffff ? 2 : 1;
      continue;
    }
    const e = body[i + 1]!;
    const simple = SIMPLE_ESCAPES[e];
    if (simple !== undefined) {
      bytes.push(simple);
      i += 2;
    } else if (e === 'x') {
      bytes.push(parseInt(body.slice(i + 2, i + 4), 16));
      i += 4;
    } else if (e === 'u' || e === 'U') {
      const n = e === 'u' ? 4 : 8;
      utf8Bytes(parseInt(body.slice(i + 2, i + 2 + n), 16), bytes);
      i += 2 + n;
    } else {
      bytes.push(parseInt(body.slice(i + 1, i + 4), 8));
      i += 4;
    }
  }
  return decodeUtf8(bytes);
}
