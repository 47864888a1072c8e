import type { Json, JqNode } from './ast';
import { addValues, JQ_BUILTINS } from './builtins';
import { compareJson, describe, JqError, toText, truthy, typeOf } from './values';

function index(target: Json, key: Json): Json {
  if (target === null && (typeof key === 'string' || typeof key === 'number' || key === null)) return null;
  if (typeof key === 'string' && target !== null && typeof target === 'object' && !Array.isArray(target)) return Object.prototype.hasOwnProperty.call(target, key) ? target[key]! : null;
  if (typeof key === 'number' && Array.isArray(target)) {
    const i = Math.floor(key);
    return target[i < 0 ? target.length + i : i] ?? null;
  }
  throw new JqError(typeof key === 'string' ? `Cannot index ${typeOf(target)} with "${key}"` : `Cannot index ${typeOf(target)} with ${typeOf(key)}`);
}

function slice(target: Json, from: Json, to: Json): Json {
  if (target === null) return null;
  if (typeof target !== 'string' && !Array.isArray(target)) throw new JqError(`Cannot index ${typeOf(target)} with object`);
  const length = typeof target === 'string' ? [...target].length : target.length;
  const clamp = (n: Json, fallback: number) => (typeof n !== 'number' ? fallback : Math.max(0, Math.min(length, n < 0 ? length + Math.floor(n) : Math.floor(n))));
  const start = clamp(from, 0);
  const end = clamp(to, length);
  return typeof target === 'string' ? [...target].slice(start, end).join('') : target.slice(start, end);
}

function iterate(target: Json): Json[] {
  if (Array.isArray(target)) return target;
  if (target !== null && typeof target === 'object') return Object.values(target);
  throw new JqError(`Cannot iterate over ${target === null ? 'null' : describe(target)}`);
}

function recurse(value: Json): Json[] {
  const out: Json[] = [value];
  if (value !== null && typeof value === 'object') for (const child of Object.values(value)) out.push(...recurse(child));
  return out;
}

function arithmetic(op: string, a: Json, b: Json): Json {
  if (op === '+') return addValues(a, b);
  if (typeof a === 'number' && typeof b === 'number') {
    if ((op === '/' || op === '%') && b === 0) throw new JqError(`${describe(a)} and ${describe(b)} cannot be divided because the divisor is zero`);
    if (op === '-') return a - b;
    if (op === '*') return a * b;
    if (op === '/') return a / b;
    return Math.trunc(a) % Math.trunc(b);
  }
  if (op === '-' && Array.isArray(a) && Array.isArray(b)) return a.filter((x) => !b.some((y) => compareJson(x, y) === 0));
  if (op === '*' && typeof a === 'string' && typeof b === 'number') return b <= 0 ? null : a.repeat(Math.min(Math.ceil(b), 10_000));
  if (op === '/' && typeof a === 'string' && typeof b === 'string') return a.split(b);
  const verb = op === '-' ? 'subtracted' : op === '*' ? 'multiplied' : 'divided';
  throw new JqError(`${describe(a)} and ${describe(b)} cannot be ${verb}`);
}

function compare(op: string, a: Json, b: Json): boolean {
  const order = compareJson(a, b);
  return op === '==' ? order === 0 : op === '!=' ? order !== 0 : op === '<' ? order < 0 : op === '<=' ? order <= 0 : op === '>' ? order > 0 : order >= 0;
}

/** The `@name` formats: how a value becomes text in `@csv`, `@tsv` and friends. */
export function applyFormat(name: string, value: Json): string {
  switch (name) {
    case '@text':
      return toText(value);
    case '@json':
      return JSON.stringify(value);
    case '@csv':
    case '@tsv': {
      if (!Array.isArray(value)) throw new JqError(`${describe(value)} cannot be ${name === '@csv' ? 'csv' : 'tsv'}-formatted, only an array can be`);
      const cell = (x: Json) => {
        if (typeof x === 'string') return name === '@csv' ? `"${x.replaceAll('"', '""')}"` : x.replace(/[\\\t\n\r]/g, (c) => ({ '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' })[c]!);
        if (x === null) return '';
        if (typeof x === 'object') throw new JqError(`${describe(x)} is not valid in a csv row`);
        return String(x);
      };
      return value.map(cell).join(name === '@csv' ? ',' : '\t');
    }
    case '@sh':
      return (Array.isArray(value) ? value : [value]).map((x) => (typeof x === 'string' ? `'${x.replaceAll("'", "'\\''")}'` : toText(x))).join(' ');
    default:
      throw new JqError(`${name.slice(1)} is not a valid format`);
  }
}

/** Every combination of the streams, the last varying slowest (as jq nests its generators). */
function product(streams: Json[][]): Json[][] {
  return streams.reduce<Json[][]>((combos, stream) => stream.flatMap((x) => combos.map((c) => [...c, x])), [[]]);
}

/** Evaluates a jq program against one input, giving its whole output stream. */
export function evaluate(node: JqNode, input: Json): Json[] {
  switch (node.kind) {
    case 'Identity':
      return [input];
    case 'RecurseDefault':
      return recurse(input);
    case 'Literal':
      return [node.value];
    case 'Field':
      return evaluate(node.target, input).map((t) => index(t, node.name));
    case 'Index':
      return evaluate(node.index, input).flatMap((key) => evaluate(node.target, input).map((t) => index(t, key)));
    case 'Slice': {
      const froms = node.from ? evaluate(node.from, input) : [null];
      const tos = node.to ? evaluate(node.to, input) : [null];
      return tos.flatMap((to) => froms.flatMap((from) => evaluate(node.target, input).map((t) => slice(t, from, to))));
    }
    case 'Iterate':
      return evaluate(node.target, input).flatMap(iterate);
    case 'Template': {
      const streams = node.parts.map((part) => (typeof part === 'string' ? [part] : evaluate(part, input).map((v) => (node.format ? applyFormat(node.format, v) : toText(v)))));
      return product(streams).map((pieces) => pieces.join(''));
    }
    case 'Format':
      return [applyFormat(node.name, input)];
    case 'Array':
      return [node.body ? evaluate(node.body, input) : []];
    case 'Object': {
      const streams = node.entries.flatMap((entry) => [evaluate(entry.key, input), evaluate(entry.value, input)]);
      return product(streams).map((values) => {
        const object: Record<string, Json> = {};
        for (let i = 0; i < values.length; i += 2) {
          const key = values[i]!;
          if (typeof key !== 'string') throw new JqError(`Object keys must be strings`);
          object[key] = values[i + 1]!;
        }
        return object;
      });
    }
    case 'Pipe':
      return evaluate(node.left, input).flatMap((x) => evaluate(node.right, x));
    case 'Comma':
      return [...evaluate(node.left, input), ...evaluate(node.right, input)];
    case 'Neg':
      return evaluate(node.operand, input).map((x) => {
        if (typeof x !== 'number') throw new JqError(`${describe(x)} cannot be negated`);
        return -x;
      });
    case 'If':
      return evaluate(node.test, input).flatMap((test) => (truthy(test) ? evaluate(node.then, input) : node.otherwise ? evaluate(node.otherwise, input) : [input]));
    case 'Try':
      try {
        return evaluate(node.body, input);
      } catch (error) {
        if (error instanceof JqError) return [];
        throw error;
      }
    case 'Call':
      return JQ_BUILTINS[`${node.name}/${node.args.length}`]!(input, node.args, evaluate);
    case 'Binary':
      return binary(node.op, node.left, node.right, input);
  }
}

function binary(op: string, left: JqNode, right: JqNode, input: Json): Json[] {
  if (op === '//') {
    let found: Json[];
    try {
      found = evaluate(left, input).filter(truthy);
    } catch (error) {
      if (!(error instanceof JqError)) throw error;
      found = [];
    }
    return found.length > 0 ? found : evaluate(right, input);
  }
  if (op === 'and' || op === 'or') {
    return evaluate(left, input).flatMap((l) => {
      if (op === 'and' && !truthy(l)) return [false];
      if (op === 'or' && truthy(l)) return [true];
      return evaluate(right, input).map(truthy);
    });
  }
  const rights = evaluate(right, input);
  const lefts = evaluate(left, input);
  return rights.flatMap((r) => lefts.map((l) => (['==', '!=', '<', '<=', '>', '>='].includes(op) ? compare(op, l, r) : arithmetic(op, l, r))));
}
