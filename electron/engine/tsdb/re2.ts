/**
 * Translates RE2 (Go's regexp/syntax with Prometheus's flags: Perl syntax, `.` matching newline) into an
 * equivalent JavaScript pattern, rejecting what RE2 rejects with Go's message. Scoped flags such as
 * `(?i:…)`, Go's `\s` (no \v), `\Q…\E`, POSIX classes and `\p{Greek}` are spelled out, since JavaScript
 * has no equivalent syntax. Case folding inside a scoped `(?i)` covers ASCII and single-character case
 * pairs (plus the Kelvin sign and long s); folding of `\p{…}` classes is not translated.
 */
import { caseVariants, CATEGORIES, classSource, complement, esc, folded, isScript, MAX_RUNE, PERL, POSIX } from './re2-classes';
import type { Ranges } from './re2-classes';

/** A pattern RE2 refuses; the message is Go's (`error parsing regexp: missing closing ): `(a``). */
export class RegexError extends Error {
  override readonly name = 'RegexError';
}

type Flags = { fold: boolean; multiLine: boolean; dotNL: boolean; ungreedy: boolean };

/** One quantifiable piece of a branch; `nest` is the product of the repeat counts inside it (RE2 caps it at 1000). */
type Atom = { src: string; simple: boolean; nest: number };

const fail = (code: string, expr: string) => new RegexError(`error parsing regexp: ${code}: \`${expr}\``);

const single = (src: string): Atom => ({ src, simple: true, nest: 1 });
const assertion = (src: string): Atom => ({ src, simple: false, nest: 1 });

class Translator {
  private pos = 0;
  private readonly names = new Set<string>();

  constructor(private readonly src: string) {}

  translate(): string {
    const out = this.alternation({ fold: false, multiLine: false, dotNL: true, ungreedy: false });
    if (this.pos < this.src.length) throw fail('unexpected )', this.src);
    return out.src;
  }

  private peek(offset = 0): string | undefined {
    return this.src[this.pos + offset];
  }

  /** Branches up to a `)` or the end; flags set by `(?i)` hold until the end of the enclosing group. */
  private alternation(flags: Flags): Atom {
    const branches: string[] = [];
    let atoms: Atom[] = [];
    let nest = 1;
    let lastRepeatStart = -1;
    while (this.pos < this.src.length && this.peek() !== ')') {
      const c = this.peek()!;
      if (c === '|') {
        branches.push(atoms.map((a) => a.src).join(''));
        atoms = [];
        this.pos++;
        lastRepeatStart = -1;
        continue;
      }
      const repeatStart = this.pos;
      const repeat = this.repeatOperator(flags);
      if (repeat) {
        if (lastRepeatStart >= 0) throw fail('invalid nested repetition operator', this.src.slice(lastRepeatStart, this.pos));
        const target = atoms.pop();
        if (!target) throw fail('missing argument to repetition operator', this.src.slice(repeatStart, this.pos));
        if (repeat.count >= 2 && target.nest * repeat.count > 1000) throw fail('invalid repeat count', this.src.slice(repeatStart, this.pos));
        atoms.push({ src: (target.simple ? target.src : `(?:${target.src})`) + repeat.src, simple: false, nest: target.nest * Math.max(repeat.count, 1) });
        lastRepeatStart = repeatStart;
        continue;
      }
      lastRepeatStart = -1;
      atoms.push(...this.atoms(flags));
    }
    branches.push(atoms.map((a) => a.src).join(''));
    for (const a of atoms) nest = Math.max(nest, a.nest);
    return { src: branches.join('|'), simple: false, nest };
  }

  /** `*`, `+`, `?`, `{n}`, `{n,}`, `{n,m}` with an optional lazy `?`; undefined if none starts here. */
  private repeatOperator(flags: Flags): { src: string; count: number } | undefined {
    const c = this.peek();
    let src: string;
    let count = 0;
    if (c === '*' || c === '+' || c === '?') {
      src = c;
      this.pos++;
    } else if (c === '{') {
      const m = /^\{([0-9]+)(,([0-9]*))?\}/.exec(this.src.slice(this.pos));
      // Leading zeros make it a literal brace in Go; more than eight digits is simply too big.
      if (!m || /^0[0-9]/.test(m[1]!) || /^0[0-9]/.test(m[3] ?? '')) return undefined;
      const num = (s: string) => (s.length > 8 ? -1 : Number(s));
      const min = num(m[1]!);
      const max = m[2] === undefined ? min : m[3] === '' ? -1 : num(m[3]!);
      this.pos += m[0].length;
      if (min < 0 || min > 1000 || max > 1000 || (max >= 0 && min > max)) throw fail('invalid repeat count', m[0]);
      src = m[2] === undefined ? `{${min}}` : max < 0 ? `{${min},}` : `{${min},${max}}`;
      count = Math.max(min, max);
    } else {
      return undefined;
    }
    let lazy = flags.ungreedy;
    if (this.peek() === '?') {
      this.pos++;
      lazy = !lazy;
    }
    return { src: lazy ? `${src}?` : src, count };
  }

  /** The next atoms: usually one, none for a flag group, one per character for `\Q…\E`. */
  private atoms(flags: Flags): Atom[] {
    const c = this.peek()!;
    switch (c) {
      case '(':
        return this.group(flags);
      case '[':
        return [single(this.charClass(flags))];
      case '.':
        this.pos++;
        return [single(flags.dotNL ? '.' : '[^\\n]')];
      case '^':
        this.pos++;
        return [assertion(flags.multiLine ? '(?:^|(?<=\\n))' : '^')];
      case '$':
        this.pos++;
        return [assertion(flags.multiLine ? '(?:$|(?=\\n))' : '$')];
      case '\\':
        return this.escapeAtoms(flags);
      default: {
        const cp = this.src.codePointAt(this.pos)!;
        this.pos += cp > 0xffff ? 2 : 1;
        return [this.literal(cp, flags)];
      }
    }
  }

  private literal(cp: number, flags: Flags): Atom {
    const variants = flags.fold ? caseVariants(cp) : [cp];
    return single(variants.length > 1 ? classSource(variants.map((v) => [v, v]), [], false) : esc(cp));
  }

  private group(flags: Flags): Atom[] {
    const start = this.pos;
    const rest = this.src.slice(start);
    let open = '(';
    const inner = { ...flags };
    if ((rest.startsWith('(?P<') && rest.length > 4) || (rest.startsWith('(?<') && rest.length > 3)) {
      const end = rest.indexOf('>');
      if (end < 0) throw fail('invalid named capture', rest);
      const name = rest.slice(rest[2] === 'P' ? 4 : 3, end);
      if (!/^[A-Za-z0-9_]+$/.test(name)) throw fail('invalid named capture', rest.slice(0, end + 1));
      // JavaScript group names cannot start with a digit or repeat; such groups stay numbered captures.
      if (/^[A-Za-z_]/.test(name) && !this.names.has(name)) open = `(?<${name}>`;
      this.names.add(name);
      this.pos += end + 1;
    } else if (rest.startsWith('(?')) {
      this.pos += 2;
      if (!this.flagGroup(inner, start)) {
        Object.assign(flags, inner);
        return [];
      }
      open = '(?:';
    } else {
      this.pos++;
    }
    const body = this.alternation(inner);
    if (this.peek() !== ')') throw fail('missing closing )', this.src);
    this.pos++;
    return [{ src: `${open}${body.src})`, simple: true, nest: body.nest }];
  }

  /** Reads `(?flags)` or `(?flags:` after `(?`; returns whether a group body follows. */
  private flagGroup(flags: Flags, start: number): boolean {
    let negate = false;
    let sawFlag = false;
    for (;;) {
      const c = this.peek();
      this.pos++;
      if (c === 'i' || c === 'm' || c === 's' || c === 'U') {
        const key = ({ i: 'fold', m: 'multiLine', s: 'dotNL', U: 'ungreedy' } as const)[c];
        flags[key] = !negate;
        sawFlag = true;
      } else if (c === '-' && !negate) {
        negate = true;
        sawFlag = false;
      } else if ((c === ':' || c === ')') && !(negate && !sawFlag)) {
        return c === ':';
      } else {
        throw fail('invalid or unsupported Perl syntax', this.src.slice(start, Math.min(this.pos, this.src.length)));
      }
    }
  }

  private escapeAtoms(flags: Flags): Atom[] {
    const c = this.peek(1);
    const simpleAssertions: Record<string, string> = { A: '^', z: '$', b: '\\b', B: '\\B' };
    if (c !== undefined && simpleAssertions[c]) {
      this.pos += 2;
      return [assertion(simpleAssertions[c])];
    }
    if (c === 'Q') {
      const end = this.src.indexOf('\\E', this.pos + 2);
      const text = this.src.slice(this.pos + 2, end < 0 ? undefined : end);
      this.pos = end < 0 ? this.src.length : end + 2;
      return [...text].map((ch) => this.literal(ch.codePointAt(0)!, flags));
    }
    const cls = this.classEscape();
    if (cls) return [single(classSource(cls.ranges, cls.props, false))];
    return [this.literal(this.escapedChar(), flags)];
  }

  /** `\d`, `\pL`, `\p{Greek}` and their negations, as ranges plus JavaScript property escapes. */
  private classEscape(): { ranges: Ranges; props: string[] } | undefined {
    const c = this.peek(1);
    const perl = c === undefined ? undefined : PERL.get(c.toLowerCase());
    if (c !== undefined && perl) {
      this.pos += 2;
      const ranges = perl;
      return { ranges: c === c.toLowerCase() ? ranges : complement(ranges), props: [] };
    }
    if (c !== 'p' && c !== 'P') return undefined;
    const start = this.pos;
    let negate = c === 'P';
    let name: string;
    let seq: string;
    if (this.peek(2) === '{') {
      const end = this.src.indexOf('}', start);
      if (end < 0) throw fail('invalid character class range', this.src.slice(start));
      seq = this.src.slice(start, end + 1);
      name = this.src.slice(start + 3, end);
      this.pos = end + 1;
    } else {
      const ch = String.fromCodePoint(this.src.codePointAt(start + 2) ?? 0);
      seq = this.src.slice(start, start + 2) + (this.peek(2) === undefined ? '' : ch);
      name = this.peek(2) === undefined ? '' : ch;
      this.pos = start + seq.length;
    }
    if (name.startsWith('^')) {
      negate = !negate;
      name = name.slice(1);
    }
    if (name === 'Any') return negate ? { ranges: [], props: [] } : { ranges: [[0, MAX_RUNE]], props: [] };
    let prop: string | undefined;
    if (CATEGORIES.has(name)) prop = name;
    else if (/^[A-Za-z_]+$/.test(name) && isScript(name)) prop = `Script=${name}`;
    if (!prop) throw fail('invalid character class range', seq);
    return { ranges: [], props: [`\\${negate ? 'P' : 'p'}{${prop}}`] };
  }

  /** One escaped character (`\n`, `\x41`, `\x{263a}`, `\101`, `\.`), as Go's parseEscape reads it. */
  private escapedChar(): number {
    const start = this.pos;
    const cp = this.src.codePointAt(this.pos + 1);
    if (cp === undefined) throw fail('trailing backslash at end of expression', '');
    const c = String.fromCodePoint(cp);
    this.pos += 1 + c.length;
    const invalid = () => fail('invalid escape sequence', this.src.slice(start, this.pos));
    const controls: Record<string, number> = { a: 7, f: 12, n: 10, r: 13, t: 9, v: 11 };
    if (controls[c] !== undefined) return controls[c];
    if (c.charCodeAt(0) < 0x80 && !/[A-Za-z0-9]/.test(c)) return c.charCodeAt(0);
    if (c >= '0' && c <= '7') {
      // A single non-zero digit would be a backreference, which RE2 does not support.
      if (c !== '0' && !/[0-7]/.test(this.peek() ?? '')) throw invalid();
      let v = Number(c);
      for (let i = 0; i < 2 && /[0-7]/.test(this.peek() ?? ''); i++) v = v * 8 + Number(this.src[this.pos++]);
      return v;
    }
    if (c === 'x') {
      if (this.peek() === '{') {
        const m = /^\{([0-9a-fA-F]+)\}/.exec(this.src.slice(this.pos));
        this.pos += m ? m[0].length : 1;
        if (!m || parseInt(m[1]!, 16) > MAX_RUNE) throw invalid();
        return parseInt(m[1]!, 16);
      }
      const digits = this.src.slice(this.pos, this.pos + 2);
      this.pos += Math.min(2, digits.length);
      if (!/^[0-9a-fA-F]{2}$/.test(digits)) throw invalid();
      return parseInt(digits, 16);
    }
    throw invalid();
  }

  private charClass(flags: Flags): string {
    const start = this.pos++;
    const negate = this.peek() === '^';
    if (negate) this.pos++;
    let ranges: Ranges = [];
    const props: string[] = [];
    const missing = () => fail('missing closing ]', this.src.slice(start));
    for (let first = true; first || this.peek() !== ']'; first = false) {
      if (this.peek() === undefined) throw missing();
      const posixEnd = this.src.startsWith('[:', this.pos) ? this.src.indexOf(':]', this.pos + 2) : -1;
      if (posixEnd >= 0) {
        const name = this.src.slice(this.pos, posixEnd + 2);
        const negated = name.startsWith('[:^');
        const set = POSIX.get(name.slice(negated ? 3 : 2, -2));
        if (!set) throw fail('invalid character class range', name);
        ranges.push(...(negated ? complement(set) : set));
        this.pos = posixEnd + 2;
        continue;
      }
      if (this.peek() === '\\') {
        const cls = this.classEscape();
        if (cls) {
          ranges.push(...cls.ranges);
          props.push(...cls.props);
          continue;
        }
      }
      const rangeStart = this.pos;
      const lo = this.classChar(missing);
      let hi = lo;
      if (this.peek() === '-' && this.peek(1) !== undefined && this.peek(1) !== ']') {
        this.pos++;
        hi = this.classChar(missing);
        if (hi < lo) throw fail('invalid character class range', this.src.slice(rangeStart, this.pos));
      }
      ranges.push([lo, hi]);
    }
    this.pos++;
    if (flags.fold) ranges = folded(ranges);
    return classSource(ranges, props, negate);
  }

  private classChar(missing: () => RegexError): number {
    if (this.peek() === undefined) throw missing();
    if (this.peek() === '\\') return this.escapedChar();
    const cp = this.src.codePointAt(this.pos)!;
    this.pos += cp > 0xffff ? 2 : 1;
    return cp;
  }
}

/** The JavaScript source (for the `su` flags) of an RE2 pattern; throws RegexError where RE2 would refuse it. */
export function translateRegex(pattern: string): string {
  const source = new Translator(pattern).translate();
  try {
    new RegExp(source, 'su');
  } catch (e) {
    throw new RegexError(`error parsing regexp: cannot translate \`${pattern}\` to JavaScript: ${(e as Error).message}`);
  }
  return source;
}

/** The regex a label matcher (or label_replace) uses: the whole value must match, `.` matches newline. */
export function compileAnchoredRegex(pattern: string): RegExp {
  return new RegExp(`^(?:${translateRegex(pattern)})$`, 'su');
}
