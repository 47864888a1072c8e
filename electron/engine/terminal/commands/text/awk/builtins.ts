import type { Expr } from './ast';
import { sprintf } from './format';
import type { Interpreter } from './interpret';
import { strnum, toNumber } from './values';
import type { Value } from './values';

/** A built-in function: its arity and its implementation over unevaluated arguments (some take lvalues). */
type Builtin = { min: number; max: number; call(interpreter: Interpreter, args: readonly Expr[]): Value };

function num(interpreter: Interpreter, expr: Expr | undefined): number {
  return expr === undefined ? 0 : toNumber(interpreter.eval(expr));
}

function str(interpreter: Interpreter, expr: Expr | undefined): string {
  return expr === undefined ? interpreter.state.str(interpreter.state.field(0)) : interpreter.state.str(interpreter.eval(expr));
}

function math(fn: (x: number) => number): Builtin {
  return { min: 1, max: 1, call: (i, args) => fn(num(i, args[0])) };
}

/** sub and gsub: `&` in the replacement is the matched text, `\&` a literal ampersand. */
function substitute(global: boolean): Builtin {
  return {
    min: 2,
    max: 3,
    call(interpreter, args) {
      const regex = interpreter.regexOf(args[0]!);
      const replacement = str(interpreter, args[1]);
      const target = args[2] ?? ({ kind: 'Field', index: { kind: 'Number', value: 0 } } as const);
      const text = interpreter.state.str(interpreter.eval(target));
      let count = 0;
      const expand = (match: string) => replacement.replace(/\\\\|\\&|&/g, (token) => (token === '&' ? match : token === '\\&' ? '&' : '\\'));
      const result = text.replace(global ? regex : new RegExp(regex.source, regex.flags.replace('g', '')), (match) => {
        count++;
        return expand(match);
      });
      if (count > 0 && (target.kind === 'Var' || target.kind === 'Field' || target.kind === 'Index')) interpreter.write(target, result);
      return count;
    },
  };
}

export const BUILTIN_FUNCTIONS: Record<string, Builtin> = {
  length: {
    min: 0,
    max: 1,
    call(interpreter, args) {
      const arg = args[0];
      if (arg?.kind === 'Var' && interpreter.state.arrays.has(arg.name)) return interpreter.state.arrays.get(arg.name)!.size;
      return [...str(interpreter, arg)].length;
    },
  },
  substr: {
    min: 2,
    max: 3,
    call(interpreter, args) {
      const chars = [...str(interpreter, args[0])];
      let start = Math.round(num(interpreter, args[1]));
      let end = args[2] === undefined ? chars.length + 1 : start + Math.round(num(interpreter, args[2]));
      if (Number.isNaN(start) || Number.isNaN(end)) return '';
      start = Math.max(start, 1);
      end = Math.min(end, chars.length + 1);
      return end <= start ? '' : chars.slice(start - 1, end - 1).join('');
    },
  },
  index: {
    min: 2,
    max: 2,
    call(interpreter, args) {
      const needle = str(interpreter, args[1]);
      return needle === '' ? 0 : str(interpreter, args[0]).indexOf(needle) + 1;
    },
  },
  split: {
    min: 2,
    max: 3,
    call(interpreter, args) {
      const target = args[1]!;
      if (target.kind !== 'Var') return 0;
      const text = str(interpreter, args[0]);
      const separator = args[2] === undefined ? interpreter.state.str(interpreter.state.get('FS')) : args[2].kind === 'Regex' ? args[2].source : str(interpreter, args[2]);
      const parts = interpreter.state.splitWith(text, args[2]?.kind === 'Regex' && separator.length === 1 ? `[${separator}]` : separator);
      const array = interpreter.state.array(target.name);
      array.clear();
      parts.forEach((part, k) => array.set(String(k + 1), strnum(part)));
      return parts.length;
    },
  },
  sub: substitute(false),
  gsub: substitute(true),
  match: {
    min: 2,
    max: 2,
    call(interpreter, args) {
      const text = str(interpreter, args[0]);
      const found = interpreter.regexOf(args[1]!).exec(text);
      const start = found ? [...text.slice(0, found.index)].length + 1 : 0;
      interpreter.state.set('RSTART', start);
      interpreter.state.set('RLENGTH', found ? [...found[0]].length : -1);
      return start;
    },
  },
  sprintf: {
    min: 1,
    max: 255,
    call(interpreter, args) {
      const values = args.slice(1).map((a) => interpreter.eval(a));
      return sprintf(str(interpreter, args[0]), values.map((v) => ({ num: () => toNumber(v), str: () => interpreter.state.str(v) })));
    },
  },
  tolower: { min: 1, max: 1, call: (i, args) => str(i, args[0]).toLowerCase() },
  toupper: { min: 1, max: 1, call: (i, args) => str(i, args[0]).toUpperCase() },
  int: math(Math.trunc),
  sqrt: math(Math.sqrt),
  exp: math(Math.exp),
  log: math(Math.log),
  sin: math(Math.sin),
  cos: math(Math.cos),
  atan2: { min: 2, max: 2, call: (i, args) => Math.atan2(num(i, args[0]), num(i, args[1])) },
  rand: {
    min: 0,
    max: 0,
    call(interpreter) {
      const state = interpreter.state;
      state.random = (Math.imul(state.random, 1103515245) + 12345) >>> 0;
      return state.random / 0x100000000;
    },
  },
  srand: {
    min: 0,
    max: 1,
    call(interpreter, args) {
      const state = interpreter.state;
      const previous = state.seed;
      state.seed = args[0] === undefined ? 0 : Math.trunc(num(interpreter, args[0]));
      state.random = state.seed >>> 0;
      return previous;
    },
  },
  close: { min: 1, max: 2, call: () => 0 },
  fflush: { min: 0, max: 1, call: () => 0 },
};
