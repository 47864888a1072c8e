/** printf-style formatting as C's printf does it, for awk's printf, sprintf, OFMT and CONVFMT. */

/** Widths and precisions beyond this are clamped, so a hostile format cannot exhaust memory. */
const MAX_WIDTH = 4096;

function exponent(text: string): string {
  return text.replace(/e([+-])(\d)$/, 'e$10$2');
}

/** C's %e: mantissa and an exponent of at least two digits. */
export function formatE(n: number, precision: number): string {
  return exponent(n.toExponential(Math.min(precision, 100)));
}

/** C's %g: %e or %f, whichever is shorter for the value, with trailing zeros removed unless `#`. */
export function formatG(n: number, precision: number, alternate = false): string {
  if (!Number.isFinite(n)) return nonFinite(n);
  const p = precision === 0 ? 1 : Math.min(precision, 100);
  if (n === 0) return alternate ? (0).toFixed(p - 1) : '0';
  const x = Number(n.toExponential(p - 1).split('e')[1]);
  let text = x < -4 || x >= p ? formatE(n, p - 1) : n.toFixed(Math.max(0, p - 1 - x));
  if (!alternate) text = text.includes('e') ? text.replace(/\.?0+e/, 'e') : text.includes('.') ? text.replace(/\.?0+$/, '') : text;
  return text;
}

function nonFinite(n: number): string {
  return Number.isNaN(n) ? 'nan' : n > 0 ? 'inf' : '-inf';
}

export type FormatArg = { num(): number; str(): string };

/** Formats like sprintf(3); missing arguments read as empty strings and zeros, as mawk does. */
export function sprintf(format: string, args: readonly FormatArg[]): string {
  let next = 0;
  const arg = (): FormatArg => args[next++] ?? { num: () => 0, str: () => '' };
  return format.replace(/%([-+ #0]*)(\*|\d+)?(?:\.(\*|\d*))?([diouxXeEfFgGcs%])/g, (_whole, flags: string, widthText: string | undefined, precisionText: string | undefined, conv: string) => {
    if (conv === '%') return '%';
    let width = widthText === '*' ? arg().num() : Number(widthText ?? '0');
    let left = flags.includes('-');
    if (width < 0) {
      left = true;
      width = -width;
    }
    width = Math.min(Math.trunc(width), MAX_WIDTH);
    const precision = precisionText === undefined ? undefined : Math.min(Math.max(0, Math.trunc(precisionText === '*' ? arg().num() : Number(precisionText || '0'))), MAX_WIDTH);
    const value = arg();
    let body: string;
    let numeric = true;
    switch (conv) {
      case 'd':
      case 'i': {
        const n = value.num();
        body = Number.isFinite(n) ? BigInt(Math.abs(Math.trunc(n))).toString() : nonFinite(Math.abs(n));
        if (precision !== undefined) body = body.padStart(precision, '0');
        body = (n < 0 && Math.trunc(n) !== 0 ? '-' : flags.includes('+') ? '+' : flags.includes(' ') ? ' ' : '') + body;
        break;
      }
      case 'o':
      case 'u':
      case 'x':
      case 'X': {
        const n = Math.abs(Math.trunc(value.num())) || 0;
        body = n.toString(conv === 'o' ? 8 : conv === 'u' ? 10 : 16);
        if (conv === 'X') body = body.toUpperCase();
        if (flags.includes('#') && n !== 0 && conv !== 'u') body = (conv === 'o' ? '0' : conv === 'x' ? '0x' : '0X') + body;
        break;
      }
      case 'e':
      case 'E':
      case 'f':
      case 'F':
      case 'g':
      case 'G': {
        const n = value.num();
        const p = precision ?? 6;
        const lower = conv.toLowerCase();
        body = !Number.isFinite(n) ? nonFinite(Math.abs(n)) : lower === 'e' ? formatE(Math.abs(n), p) : lower === 'f' ? Math.abs(n).toFixed(Math.min(p, 100)) : formatG(Math.abs(n), p, flags.includes('#'));
        if (conv === 'E' || conv === 'G' || conv === 'F') body = body.toUpperCase();
        body = (n < 0 || Object.is(n, -0) ? '-' : flags.includes('+') ? '+' : flags.includes(' ') ? ' ' : '') + body;
        break;
      }
      case 'c': {
        numeric = false;
        const s = value.str();
        const n = value.num();
        body = /^[ \t]*[+-]?\d/.test(s) && String(n) === s.trim() ? String.fromCodePoint(Math.max(0, Math.min(0x10ffff, Math.trunc(n)))) : [...s][0] ?? '';
        break;
      }
      default: {
        numeric = false;
        const s = value.str();
        body = precision === undefined ? s : s.slice(0, precision);
      }
    }
    if (body.length >= width) return body;
    if (left) return body.padEnd(width);
    if (numeric && flags.includes('0') && precision === undefined) {
      const sign = /^[-+ ]/.test(body) ? body[0]! : '';
      return sign + body.slice(sign.length).padStart(width - sign.length, '0');
    }
    return body.padStart(width);
  });
}
