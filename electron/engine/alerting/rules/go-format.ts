/**
 * Go's number formatting as alert templates see it: fmt's `%v`/`%g`/`%f`/`%e` with a precision
 * (rounding the exact binary value, ties to even, as strconv does) and a small `fmt.Sprintf`.
 */
import { formatFloatG } from '../../tsdb';

/** The exact decimal digits of a finite |f| (no leading/trailing zeros) and the decimal point position. */
function exactDecimal(f: number): { digits: string; dp: number } {
  const a = Math.abs(f);
  if (a === 0) return { digits: '', dp: 0 };
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, a);
  const bits = view.getBigUint64(0);
  const biased = Number((bits >> 52n) & 0x7ffn);
  let mant = bits & ((1n << 52n) - 1n);
  let exp = biased - 1075;
  if (biased === 0) exp = -1074;
  else mant |= 1n << 52n;
  let digits: string;
  let dp: number;
  if (exp >= 0) {
    digits = (mant << BigInt(exp)).toString();
    dp = digits.length;
  } else {
    digits = (mant * 5n ** BigInt(-exp)).toString();
    dp = digits.length + exp; // value = digits × 10^exp
  }
  const lead = /^0*/.exec(digits)![0].length;
  digits = digits.slice(lead).replace(/0+$/, '');
  return { digits, dp };
}

/** Round decimal digits to `nd` digits, ties to even (strconv's decimal.Round); trailing zeros trimmed. */
function roundDigits(d: { digits: string; dp: number }, nd: number): { digits: string; dp: number } {
  if (nd < 0) return { digits: '', dp: d.dp };
  if (nd >= d.digits.length) return d;
  const next = d.digits.charCodeAt(nd) - 48;
  let up = next > 5 || (next === 5 && (nd + 1 < d.digits.length || (nd > 0 && (d.digits.charCodeAt(nd - 1) - 48) % 2 === 1)));
  if (next < 5) up = false;
  let kept = d.digits.slice(0, nd);
  let dp = d.dp;
  if (up) {
    let i = kept.length - 1;
    while (i >= 0 && kept[i] === '9') i--;
    if (i < 0) {
      kept = '1';
      dp++;
    } else kept = kept.slice(0, i) + String.fromCharCode(kept.charCodeAt(i) + 1);
  }
  return { digits: kept.replace(/0+$/, ''), dp };
}

function special(f: number): string | undefined {
  if (Number.isNaN(f)) return 'NaN';
  if (f === Infinity) return '+Inf';
  if (f === -Infinity) return '-Inf';
  return undefined;
}

function digitAt(d: { digits: string }, i: number): string {
  return i >= 0 && i < d.digits.length ? d.digits[i]! : '0';
}

function fixed(d: { digits: string; dp: number }, prec: number): string {
  let int = '';
  if (d.dp > 0) for (let i = 0; i < d.dp; i++) int += digitAt(d, i);
  else int = '0';
  let frac = '';
  for (let i = 0; i < prec; i++) frac += digitAt(d, d.dp + i);
  return prec > 0 ? `${int}.${frac}` : int;
}

function expForm(d: { digits: string; dp: number }, prec: number, e: string): string {
  const exp = d.digits === '' ? 0 : d.dp - 1;
  let s = digitAt(d, 0);
  if (prec > 0) {
    s += '.';
    for (let i = 1; i <= prec; i++) s += digitAt(d, i);
  }
  const ae = Math.abs(exp);
  return `${s}${e}${exp < 0 ? '-' : '+'}${ae < 10 ? '0' : ''}${ae}`;
}

/** strconv.FormatFloat(f, verb, prec, 64) for verb 'f' | 'e' | 'g' and prec ≥ 0 (Go's `%.Nf` etc.). */
export function goFormatFloat(f: number, verb: 'f' | 'e' | 'g', prec: number): string {
  const s = special(f);
  if (s !== undefined) return s;
  const neg = f < 0 || Object.is(f, -0) ? '-' : '';
  const exact = exactDecimal(f);
  if (verb === 'f') return neg + fixed(roundDigits(exact, exact.dp + prec), prec);
  if (verb === 'e') return neg + expForm(roundDigits(exact, prec + 1), prec, 'e');
  let p = prec === 0 ? 1 : prec;
  const d = roundDigits(exact, p);
  if (d.digits === '') return `${neg}0`;
  let eprec = p;
  if (eprec > d.digits.length && d.digits.length >= d.dp) eprec = d.digits.length;
  const exp = d.dp - 1;
  if (exp < -4 || exp >= eprec) {
    if (p > d.digits.length) p = d.digits.length;
    return neg + expForm(d, p - 1, 'e');
  }
  if (p > d.dp) p = d.digits.length;
  return neg + fixed(d, Math.max(p - d.dp, 0));
}

/** fmt's `%v` of a float64: shortest digits, exponent form when the exponent is < -4 or ≥ 6 (`1.234567e+06`). */
export function goFloatV(f: number): string {
  return formatFloatG(f);
}

/** A Go value as fmt's `%v` prints it: floats shortest, maps as `map[k:v …]` in key order, nil as `<nil>`. */
export function goPrint(v: unknown): string {
  if (typeof v === 'number') return goFloatV(v);
  if (typeof v === 'string') return v;
  if (typeof v === 'boolean') return String(v);
  if (v === null || v === undefined) return '<nil>';
  if (typeof v === 'object') {
    const rec = v as Record<string, unknown>;
    return `map[${Object.keys(rec)
      .sort()
      .map((k) => `${k}:${goPrint(rec[k])}`)
      .join(' ')}]`;
  }
  return String(v);
}

function pad(s: string, width: number | undefined, minus: boolean, zero: boolean): string {
  if (width === undefined || s.length >= width) return s;
  if (minus) return s + ' '.repeat(width - s.length);
  if (zero && /^[+-]?[0-9]/.test(s)) {
    const sign = /^[+-]/.test(s) ? s[0]! : '';
    return sign + '0'.repeat(width - s.length) + s.slice(sign.length);
  }
  return ' '.repeat(width - s.length) + s;
}

/** Go's fmt.Sprintf for the verbs alert templates use: %v %s %d %f %e %g %q %t %x %%, flags `-+0 `, width, precision. */
export function goSprintf(format: string, args: readonly unknown[]): string {
  let out = '';
  let argIndex = 0;
  const re = /%([-+0 #]*)(\d+)?(?:\.(\d*))?([a-zA-Z%])/g;
  let last = 0;
  for (let m = re.exec(format); m; m = re.exec(format)) {
    out += format.slice(last, m.index);
    last = re.lastIndex;
    const [, flags = '', w, p, verb = ''] = m;
    if (verb === '%') {
      out += '%';
      continue;
    }
    if (argIndex >= args.length) {
      out += `%!${verb}(MISSING)`;
      continue;
    }
    const arg = args[argIndex++];
    const prec = p === undefined ? undefined : p === '' ? 0 : Number(p);
    let s: string;
    if (typeof arg === 'number' && 'feEgG'.includes(verb)) {
      const v = verb.toLowerCase() as 'f' | 'e' | 'g';
      s = prec === undefined && v === 'g' ? goFloatV(arg) : goFormatFloat(arg, v, prec ?? 6);
      if (verb === 'E' || verb === 'G') s = s.toUpperCase();
      if (flags.includes('+') && !/^[-+]/.test(s)) s = `+${s}`;
      else if (flags.includes(' ') && !/^[-+]/.test(s)) s = ` ${s}`;
    } else if (typeof arg === 'number' && verb === 'd' && Number.isInteger(arg)) {
      s = (flags.includes('+') && arg >= 0 ? '+' : '') + String(arg);
    } else if (typeof arg === 'number' && (verb === 'x' || verb === 'X') && Number.isInteger(arg)) {
      s = (arg < 0 ? '-' : '') + Math.abs(arg).toString(16);
      if (verb === 'X') s = s.toUpperCase();
    } else if (verb === 'v' || verb === 's' || (verb === 't' && typeof arg === 'boolean')) {
      s = goPrint(arg);
      if (verb === 's' && prec !== undefined) s = [...s].slice(0, prec).join('');
    } else if (verb === 'q' && typeof arg === 'string') {
      s = JSON.stringify(arg);
    } else {
      s = `%!${verb}(${typeof arg === 'number' ? 'float64' : typeof arg}=${goPrint(arg)})`;
    }
    out += pad(s, w === undefined ? undefined : Number(w), flags.includes('-'), flags.includes('0'));
  }
  out += format.slice(last);
  if (argIndex < args.length) out += `%!(EXTRA ${args.slice(argIndex).map((a) => `${typeof a === 'number' ? 'float64' : 'string'}=${goPrint(a)}`).join(', ')})`;
  return out;
}
