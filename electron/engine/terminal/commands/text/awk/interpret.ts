import type { Expr, LValue, Program, Stmt } from './ast';
import { BUILTIN_FUNCTIONS } from './builtins';
import { sprintf } from './format';
import { AwkRuntimeError } from './runtime';
import type { AwkState } from './runtime';
import { compareValues, strnum, toBool, toNumber, toStr, UNINIT } from './values';
import type { Value } from './values';

/** How control leaves a statement other than by finishing it. */
class Jump {
  constructor(
    readonly kind: 'next' | 'exit' | 'break' | 'continue',
    readonly code = 0,
  ) {}
}

function arith(op: string, a: number, b: number): number {
  switch (op) {
    case '+':
      return a + b;
    case '-':
      return a - b;
    case '*':
      return a * b;
    case '/':
      return a / b;
    case '%':
      return a % b;
    default:
      return a ** b;
  }
}

/** Evaluates expressions and runs statements against one awk state. */
export class Interpreter {
  constructor(readonly state: AwkState) {}

  subscript(subscripts: readonly Expr[]): string {
    return subscripts.map((s) => this.state.str(this.eval(s))).join(this.state.str(this.state.get('SUBSEP')));
  }

  read(target: LValue): Value {
    if (target.kind === 'Var') return this.state.get(target.name);
    if (target.kind === 'Field') return this.state.field(Math.trunc(toNumber(this.eval(target.index))));
    const array = this.state.array(target.name);
    const key = this.subscript(target.subscripts);
    if (!array.has(key)) array.set(key, UNINIT);
    return array.get(key)!;
  }

  write(target: LValue, value: Value): Value {
    if (target.kind === 'Var') this.state.set(target.name, value);
    else if (target.kind === 'Field') this.state.setField(Math.trunc(toNumber(this.eval(target.index))), value);
    else this.state.array(target.name).set(this.subscript(target.subscripts), value);
    return value;
  }

  /** A regular expression operand: a literal, or any other value read as a dynamic regular expression. */
  regexOf(expr: Expr): RegExp {
    return this.state.regex(expr.kind === 'Regex' ? expr.source : this.state.str(this.eval(expr)));
  }

  eval(expr: Expr): Value {
    switch (expr.kind) {
      case 'Number':
        return expr.value;
      case 'String':
        return expr.value;
      case 'Regex':
        return this.state.regex(expr.source).test(this.state.str(this.state.field(0))) ? 1 : 0;
      case 'Field':
      case 'Var':
      case 'Index':
        return this.read(expr);
      case 'Group':
        return this.subscript(expr.items);
      case 'In':
        return this.state.array(expr.array).has(this.subscript(expr.subscripts)) ? 1 : 0;
      case 'Cond':
        return toBool(this.eval(expr.test)) ? this.eval(expr.then) : this.eval(expr.otherwise);
      case 'Unary': {
        const value = this.eval(expr.operand);
        return expr.op === '!' ? (toBool(value) ? 0 : 1) : expr.op === '-' ? -toNumber(value) : toNumber(value);
      }
      case 'Incr': {
        const before = toNumber(this.read(expr.target));
        const after = expr.op === '++' ? before + 1 : before - 1;
        this.write(expr.target, after);
        return expr.prefix ? after : before;
      }
      case 'Assign': {
        if (expr.op === '=') {
          const value = this.eval(expr.value);
          return this.write(expr.target, typeof value === 'object' ? { ...value } : value);
        }
        const right = toNumber(this.eval(expr.value));
        return this.write(expr.target, arith(expr.op[0]!, toNumber(this.read(expr.target)), right));
      }
      case 'Call': {
        const builtin = BUILTIN_FUNCTIONS[expr.name];
        if (!builtin) throw new AwkRuntimeError(`function ${expr.name} never defined`);
        if (expr.args.length < builtin.min || expr.args.length > builtin.max) throw new AwkRuntimeError(`wrong number of arguments in call to ${expr.name}`);
        return builtin.call(this, expr.args);
      }
      case 'Binary':
        return this.binary(expr.op, expr.left, expr.right);
    }
  }

  private binary(op: string, left: Expr, right: Expr): Value {
    switch (op) {
      case '&&':
        return toBool(this.eval(left)) && toBool(this.eval(right)) ? 1 : 0;
      case '||':
        return toBool(this.eval(left)) || toBool(this.eval(right)) ? 1 : 0;
      case '~':
      case '!~': {
        const text = this.state.str(this.eval(left));
        return this.regexOf(right).test(text) === (op === '~') ? 1 : 0;
      }
      case 'concat':
        return this.state.str(this.eval(left)) + this.state.str(this.eval(right));
      case '<':
      case '<=':
      case '>':
      case '>=':
      case '==':
      case '!=': {
        const order = compareValues(this.eval(left), this.eval(right), this.state.str(this.state.get('CONVFMT')));
        const result = op === '<' ? order < 0 : op === '<=' ? order <= 0 : op === '>' ? order > 0 : op === '>=' ? order >= 0 : op === '==' ? order === 0 : order !== 0;
        return result ? 1 : 0;
      }
      default:
        return arith(op, toNumber(this.eval(left)), toNumber(this.eval(right)));
    }
  }

  private print(stmt: Extract<Stmt, { kind: 'Print' }>): void {
    const values = stmt.args.length === 0 ? [this.state.field(0)] : stmt.args.map((a) => this.eval(a));
    if (stmt.printf) {
      const [format, ...rest] = values;
      this.state.out += sprintf(this.state.str(format!), rest.map((v) => ({ num: () => toNumber(v), str: () => this.state.str(v) })));
      return;
    }
    const ofmt = this.state.str(this.state.get('OFMT'));
    this.state.out += values.map((v) => toStr(v, ofmt)).join(this.state.str(this.state.get('OFS'))) + this.state.str(this.state.get('ORS'));
  }

  exec(stmt: Stmt): void {
    this.state.step();
    switch (stmt.kind) {
      case 'Print':
        return this.print(stmt);
      case 'Expr':
        this.eval(stmt.expr);
        return;
      case 'Block':
        for (const s of stmt.body) this.exec(s);
        return;
      case 'If':
        if (toBool(this.eval(stmt.test))) this.exec(stmt.then);
        else if (stmt.otherwise) this.exec(stmt.otherwise);
        return;
      case 'While':
        while (toBool(this.eval(stmt.test))) if (this.loopBody(stmt.body)) break;
        return;
      case 'Do':
        do if (this.loopBody(stmt.body)) break;
        while (toBool(this.eval(stmt.test)));
        return;
      case 'For':
        if (stmt.init) this.eval(stmt.init);
        while (!stmt.test || toBool(this.eval(stmt.test))) {
          if (this.loopBody(stmt.body)) break;
          if (stmt.update) this.eval(stmt.update);
        }
        return;
      case 'ForIn':
        for (const key of [...this.state.array(stmt.array).keys()]) {
          if (!this.state.array(stmt.array).has(key)) continue;
          this.state.set(stmt.variable, strnum(key));
          if (this.loopBody(stmt.body)) break;
        }
        return;
      case 'Delete':
        if (stmt.subscripts) this.state.array(stmt.name).delete(this.subscript(stmt.subscripts));
        else this.state.array(stmt.name).clear();
        return;
      case 'Next':
        throw new Jump('next');
      case 'Exit':
        throw new Jump('exit', stmt.code ? Math.trunc(toNumber(this.eval(stmt.code))) & 0xff : 0);
      case 'Break':
        throw new Jump('break');
      case 'Continue':
        throw new Jump('continue');
    }
  }

  /** Runs a loop body; true when it broke out of the loop. */
  private loopBody(body: Stmt): boolean {
    this.state.step();
    try {
      this.exec(body);
      return false;
    } catch (jump) {
      if (jump instanceof Jump && jump.kind === 'break') return true;
      if (jump instanceof Jump && jump.kind === 'continue') return false;
      throw jump;
    }
  }

  /** Runs an action; says whether the program asked for the next record or to exit (with its code). */
  run(action: readonly Stmt[]): { kind: 'done' } | { kind: 'next' } | { kind: 'exit'; code: number } {
    try {
      for (const stmt of action) this.exec(stmt);
      return { kind: 'done' };
    } catch (jump) {
      if (!(jump instanceof Jump)) throw jump;
      if (jump.kind === 'exit') return { kind: 'exit', code: jump.code };
      if (jump.kind === 'next') return { kind: 'next' };
      // break or continue outside a loop: mawk refuses them when parsing; here they end the action.
      return { kind: 'done' };
    }
  }
}

/** One input of the program: a file's records, or a `var=value` operand applied when reached. */
export type AwkOperand = { kind: 'file'; name: string; text: string } | { kind: 'assign'; name: string; value: string };

/** Runs a parsed program over its operands: BEGIN, each record through the rules, then END. */
export function execute(program: Program, interpreter: Interpreter, operands: readonly AwkOperand[]): number {
  const state = interpreter.state;
  const rules = program.items.filter((i) => i.pattern.kind !== 'Begin' && i.pattern.kind !== 'End');
  const inRange = rules.map(() => false);
  let code: number | undefined;
  for (const item of program.items) {
    if (item.pattern.kind !== 'Begin' || code !== undefined) continue;
    const result = interpreter.run(item.action ?? []);
    if (result.kind === 'exit') code = result.code;
  }
  const hasMain = rules.length > 0 || program.items.some((i) => i.pattern.kind === 'End');
  if (code === undefined && hasMain) {
    records: for (const operand of operands) {
      if (operand.kind === 'assign') {
        state.set(operand.name, strnum(operand.value));
        continue;
      }
      state.set('FILENAME', operand.name);
      state.set('FNR', 0);
      const lines = operand.text.split('\n');
      if (lines[lines.length - 1] === '') lines.pop();
      for (const line of lines) {
        state.step();
        state.set('NR', toNumber(state.get('NR')) + 1);
        state.set('FNR', toNumber(state.get('FNR')) + 1);
        state.setRecord(line);
        for (let r = 0; r < rules.length; r++) {
          const { pattern, action } = rules[r]!;
          let matched: boolean;
          if (pattern.kind === 'Range') {
            if (!inRange[r]) inRange[r] = toBool(interpreter.eval(pattern.from));
            matched = inRange[r]!;
            if (matched && toBool(interpreter.eval(pattern.to))) inRange[r] = false;
          } else matched = pattern.kind === 'Always' || (pattern.kind === 'Expr' && toBool(interpreter.eval(pattern.expr)));
          if (!matched) continue;
          const result = interpreter.run(action ?? [{ kind: 'Print', printf: false, args: [] }]);
          if (result.kind === 'next') break;
          if (result.kind === 'exit') {
            code = result.code;
            break records;
          }
        }
      }
    }
  }
  for (const item of program.items) {
    if (item.pattern.kind !== 'End') continue;
    const result = interpreter.run(item.action ?? []);
    if (result.kind === 'exit') return result.code;
  }
  return code ?? 0;
}
