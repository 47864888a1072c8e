/**
 * Prometheus alert templates (template/template.go): Go text/template with `$labels`, `$value`,
 * `$externalLabels`, `.Labels`/`.Value`, the humanize family, printf and friends.
 */
import { parseDuration } from '../../promql/parser/duration';
import { translateRegex } from '../../tsdb/re2';
import { goPrint, goSprintf } from './go-format';
import { humanize, humanize1024, humanizeDuration, humanizePercentage, humanizeTimestamp } from './humanize';
import { parseTemplate, TemplateError } from './template-parse';
import type { Command, Node, Operand, Pipeline } from './template-parse';

/** What Prometheus puts before every alert label and annotation template. */
const DEFS = '{{$labels := .Labels}}{{$externalLabels := .ExternalLabels}}{{$externalURL := .ExternalURL}}{{$value := .Value}}';

export type TemplateData = {
  labels: Record<string, string>;
  value: number | string;
  externalLabels?: Record<string, string>;
  externalURL?: string;
};

export type ExpandResult = { ok: true; text: string } | { ok: false; error: string };

/** The template's root (`.`): a struct, so an unknown field is an error, unlike a missing map key. */
const STRUCT = Symbol('struct');
type Struct = { [STRUCT]: true; fields: Record<string, unknown> };

function goRegex(pattern: string, flags: string): RegExp {
  return new RegExp(translateRegex(pattern), `${flags}u`);
}

/** Go's regexp.Expand template: `$1`, `${1}`, `$name`, `$$`; a name is the longest run of [A-Za-z0-9_]. */
function expandReplacement(repl: string, m: RegExpExecArray): string {
  return repl.replace(/\$(\$|\{([A-Za-z0-9_]+)\}|([A-Za-z0-9_]+))/g, (all, _x: string, braced?: string, bare?: string) => {
    if (all === '$$') return '$';
    const name = braced ?? bare!;
    if (/^\d+$/.test(name)) return m[Number(name)] ?? '';
    return m.groups?.[name] ?? '';
  });
}

/** Go's strings.Title separators: ASCII other than [0-9A-Za-z_], and non-ASCII spaces. */
function isSeparator(ch: string): boolean {
  if (ch.codePointAt(0)! <= 0x7f) return !/[0-9A-Za-z_]/.test(ch);
  return !/[\p{L}\p{Nd}]/u.test(ch) && /\s/u.test(ch);
}

/** strings.Title: upper-case the first letter of every word. */
function title(s: string): string {
  let prev = ' ';
  let out = '';
  for (const ch of s) {
    out += isSeparator(prev) ? ch.toUpperCase() : ch;
    prev = ch;
  }
  return out;
}

function basicCompare(a: unknown, b: unknown, op: string): number {
  if (typeof a !== typeof b || !['number', 'string', 'boolean'].includes(typeof a)) throw new Error('incompatible types for comparison');
  if (typeof a === 'boolean' && op !== 'eq') throw new Error('invalid type for comparison');
  return a === b ? 0 : (a as number | string) < (b as number | string) ? -1 : 1;
}

export function truth(v: unknown): boolean {
  if (v === null || v === undefined) return false;
  if (typeof v === 'boolean') return v;
  if (typeof v === 'number') return v !== 0;
  if (typeof v === 'string') return v.length > 0;
  if (typeof v === 'object') return STRUCT in v || Object.keys(v).length > 0;
  return true;
}

const unsupported = (name: string) => (): never => {
  throw new Error(`${name} needs a query engine, which alert templates here do not have`);
};

const FUNCS: Record<string, (...args: unknown[]) => unknown> = {
  humanize,
  humanize1024,
  humanizeDuration,
  humanizePercentage,
  humanizeTimestamp,
  printf: (format, ...args) => goSprintf(String(format), args),
  print: (...args) => args.map((a, i) => (i > 0 && typeof a !== 'string' && typeof args[i - 1] !== 'string' ? ' ' : '') + goPrint(a)).join(''),
  println: (...args) => `${args.map(goPrint).join(' ')}\n`,
  title: (s) => title(String(s)),
  toUpper: (s) => String(s).toUpperCase(),
  toLower: (s) => String(s).toLowerCase(),
  match: (pattern, text) => goRegex(String(pattern), 's').test(String(text)),
  reReplaceAll: (pattern, repl, text) => {
    const re = goRegex(String(pattern), 'gs');
    return String(text).replace(re, (...m) => {
      const groupsObj = typeof m[m.length - 1] === 'object' ? (m[m.length - 1] as Record<string, string>) : undefined;
      const end = groupsObj ? m.length - 3 : m.length - 2;
      const arr = Object.assign(m.slice(0, end) as string[], { groups: groupsObj, index: 0, input: '' }) as unknown as RegExpExecArray;
      return expandReplacement(String(repl), arr);
    });
  },
  stripPort: (hostPort) => {
    const s = String(hostPort);
    const m = /^\[(.*)\]:[^:]*$/.exec(s) ?? /^([^:]*):[^:]*$/.exec(s);
    return m ? m[1] : s;
  },
  stripDomain: (hostPort) => {
    const s = String(hostPort);
    const m = /^([^:.]*)[^:]*(:[^:]*)?$/.exec(s);
    return m && !/^\[/.test(s) && !/^\d+\.\d+\.\d+\.\d+/.test(s) ? m[1]! + (m[2] ?? '') : s;
  },
  eq: (a, ...rest) => rest.some((b) => basicCompare(a, b, 'eq') === 0),
  ne: (a, b) => basicCompare(a, b, 'eq') !== 0,
  lt: (a, b) => basicCompare(a, b, 'lt') < 0,
  le: (a, b) => basicCompare(a, b, 'lt') <= 0,
  gt: (a, b) => basicCompare(a, b, 'lt') > 0,
  ge: (a, b) => basicCompare(a, b, 'lt') >= 0,
  and: (...args) => args.find((a) => !truth(a)) ?? args[args.length - 1],
  or: (...args) => args.find((a) => truth(a)) ?? args[args.length - 1],
  not: (a) => !truth(a),
  len: (a) => (typeof a === 'string' ? new TextEncoder().encode(a).length : a && typeof a === 'object' ? Object.keys(a).length : 0),
  index: (m, key) => (m && typeof m === 'object' ? ((m as Record<string, unknown>)[String(key)] ?? '') : ''),
  parseDuration: (d) => parseDuration(String(d)) / 1000,
  query: unsupported('query'),
  first: unsupported('first'),
  label: unsupported('label'),
  value: unsupported('value'),
  strvalue: unsupported('strvalue'),
  sortByLabel: unsupported('sortByLabel'),
};

class Exec {
  constructor(
    private readonly name: string,
    private readonly source: string,
    private readonly vars: Map<string, unknown>,
    private readonly dot: unknown,
  ) {}

  run(nodes: Node[], out: string[]): void {
    for (const n of nodes) {
      if (n.kind === 'text') out.push(n.text);
      else if (n.kind === 'action') {
        const v = this.pipe(n.pipe);
        if (!n.pipe.decl) out.push(v === undefined ? '<no value>' : goPrint(v));
      } else {
        const branch = n.branches.find((b) => truth(this.pipe(b.cond)));
        this.run(branch ? branch.body : n.otherwise, out);
      }
    }
  }

  /** Go's ExecError: `template: NAME:LINE:COL: executing "NAME" at <COMMAND>: …`, COL a 0-based byte offset. */
  private fail(c: Command, m: string): never {
    const before = this.source.slice(0, c.pos);
    const line = before.split('\n').length;
    const col = new TextEncoder().encode(before.slice(before.lastIndexOf('\n') + 1)).length;
    throw new TemplateError(`template: ${this.name}:${line}:${col}: executing "${this.name}" at <${c.text}>: ${m}`);
  }

  private operand(p: Command, a: Operand): unknown {
    switch (a.kind) {
      case 'string':
      case 'number':
      case 'bool':
        return a.value;
      case 'nil':
        return this.fail(p, 'nil is not a command');
      case 'pipe':
        return this.pipe(a.pipe);
      case 'func':
        return this.call(p, a.name, []);
      case 'field': {
        let v = a.base === 'dot' ? this.dot : this.vars.get(a.base);
        for (const key of a.path) {
          if (v && typeof v === 'object' && STRUCT in v) {
            const fields = (v as Struct).fields;
            if (!(key in fields)) this.fail(p, `can't evaluate field ${key} in type *template.tmplData`);
            v = fields[key];
          } else if (v && typeof v === 'object') v = (v as Record<string, unknown>)[key] ?? '';
          else this.fail(p, `can't evaluate field ${key} in type ${typeof v === 'number' ? 'float64' : typeof v}`);
        }
        return v;
      }
    }
  }

  private call(p: Command, name: string, args: unknown[]): unknown {
    try {
      return FUNCS[name]!(...args);
    } catch (e) {
      if (e instanceof TemplateError) throw e;
      return this.fail(p, `error calling ${name}: ${(e as Error).message}`);
    }
  }

  pipe(p: Pipeline): unknown {
    let value: unknown;
    let piped = false;
    for (const cmd of p.commands) {
      const [head, ...rest] = cmd.args as [Operand, ...Operand[]];
      if (head.kind === 'func') {
        const args = rest.map((a) => this.operand(cmd, a));
        if (piped) args.push(value);
        value = this.call(cmd, head.name, args);
      } else {
        if (rest.length > 0 || piped) this.fail(cmd, `can't give argument to non-function ${cmd.args[0] ? cmd.text.split(' ')[0] : ''}`);
        value = this.operand(cmd, head);
      }
      piped = true;
    }
    if (p.decl) this.vars.set(p.decl, value);
    return value;
  }
}

const isFunc = (n: string): boolean => Object.hasOwn(FUNCS, n);

/** Parse only (promtool's template check); undefined when it parses, else the error. */
export function checkTemplate(text: string, name = '__alert'): string | undefined {
  try {
    parseTemplate(DEFS + text, name, isFunc);
    return undefined;
  } catch (e) {
    if (e instanceof TemplateError) return e.message;
    throw e;
  }
}

/** Expand an alert template as Prometheus does for labels and annotations; failures come back, never throw. */
export function expandTemplate(text: string, data: TemplateData, name = '__alert'): ExpandResult {
  try {
    const source = DEFS + text;
    const nodes = parseTemplate(source, name, isFunc);
    const externalLabels = data.externalLabels ?? {};
    const root: Struct = {
      [STRUCT]: true,
      fields: { Labels: data.labels, ExternalLabels: externalLabels, ExternalURL: data.externalURL ?? '', Value: data.value },
    };
    const out: string[] = [];
    new Exec(name, source, new Map<string, unknown>([['$', root]]), root).run(nodes, out);
    return { ok: true, text: out.join('') };
  } catch (e) {
    if (e instanceof TemplateError) return { ok: false, error: e.message };
    throw e;
  }
}
