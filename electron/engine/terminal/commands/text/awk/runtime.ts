import { compileRegex } from '../regex';
import { strnum, toStr, UNINIT } from './values';
import type { Value } from './values';

/** A run-time failure, reported as mawk does (`awk: run time error: …`) with exit status 2. */
export class AwkRuntimeError extends Error {}

/** Statements executed before a run is stopped: a real awk would loop forever, the drill must not. */
const STEP_BUDGET = 5_000_000;

/**
 * The state an awk program runs against: variables, arrays, the current record split into fields on
 * demand, and compiled regular expressions.
 */
export class AwkState {
  readonly scalars = new Map<string, Value>();
  readonly arrays = new Map<string, Map<string, Value>>();
  private record = '';
  private fields: string[] | undefined = [];
  private readonly regexes = new Map<string, RegExp>();
  private steps = 0;
  out = '';
  /** rand()'s generator state and srand()'s seed: deterministic, as awk's rand() is until srand() is called. */
  random = 0;
  seed = 0;

  constructor(initial: Iterable<[string, Value]>) {
    for (const [name, value] of [['FS', ' '], ['OFS', ' '], ['ORS', '\n'], ['RS', '\n'], ['NR', 0], ['NF', 0], ['FNR', 0], ['FILENAME', ''], ['SUBSEP', '\x1c'], ['CONVFMT', '%.6g'], ['OFMT', '%.6g'], ['RSTART', 0], ['RLENGTH', -1]] as [string, Value][]) this.scalars.set(name, value);
    for (const [name, value] of initial) this.scalars.set(name, value);
  }

  step(): void {
    if (++this.steps > STEP_BUDGET) throw new AwkRuntimeError('program ran too long and was stopped');
  }

  str(value: Value): string {
    return toStr(value, toStr(this.get('CONVFMT')));
  }

  get(name: string): Value {
    if (name === 'NF') return this.splitFields().length;
    return this.scalars.get(name) ?? UNINIT;
  }

  set(name: string, value: Value): void {
    if (name === 'NF') {
      const n = Math.max(0, Math.trunc(typeof value === 'number' ? value : Number(this.str(value)) || 0));
      const fields = this.splitFields().slice(0, n);
      while (fields.length < n) fields.push('');
      this.rebuild(fields);
      return;
    }
    this.scalars.set(name, value);
  }

  array(name: string): Map<string, Value> {
    let array = this.arrays.get(name);
    if (!array) this.arrays.set(name, (array = new Map()));
    return array;
  }

  regex(source: string): RegExp {
    let regex = this.regexes.get(source);
    if (!regex) {
      const compiled = compileRegex(source, 'extended', 'g');
      if ('error' in compiled) throw new AwkRuntimeError(`regular expression compile failed (${compiled.error})\n${source}`);
      this.regexes.set(source, (regex = compiled));
    }
    regex.lastIndex = 0;
    return regex;
  }

  setRecord(text: string): void {
    this.record = text;
    this.fields = undefined;
  }

  /** Splits a string the way FS (or split's separator) says: blanks, one literal character, or an ERE. */
  splitWith(text: string, separator: string): string[] {
    if (separator === ' ') return text.split(/[ \t\n]+/).filter((f) => f !== '');
    if (text === '') return [];
    if (separator === '') return [...text];
    if (separator.length === 1 && separator !== '\\') return text.split(separator);
    const regex = this.regex(separator);
    const parts: string[] = [];
    let from = 0;
    for (let match = regex.exec(text); match; match = regex.exec(text)) {
      if (match[0] === '') {
        regex.lastIndex++;
        continue;
      }
      parts.push(text.slice(from, match.index));
      from = match.index + match[0].length;
    }
    parts.push(text.slice(from));
    return parts;
  }

  private splitFields(): string[] {
    if (!this.fields) this.fields = this.splitWith(this.record, this.str(this.get('FS')));
    return this.fields;
  }

  private rebuild(fields: string[]): void {
    this.fields = fields;
    this.record = fields.join(this.str(this.get('OFS')));
  }

  field(index: number): Value {
    if (index < 0) throw new AwkRuntimeError(`negative field index $${index}`);
    if (index === 0) return strnum(this.record);
    const text = this.splitFields()[index - 1];
    return text === undefined ? UNINIT : strnum(text);
  }

  setField(index: number, value: Value): void {
    if (index < 0) throw new AwkRuntimeError(`negative field index $${index}`);
    if (index > 100_000) throw new AwkRuntimeError(`field index $${index} too large`);
    if (index === 0) {
      this.setRecord(this.str(value));
      return;
    }
    const fields = [...this.splitFields()];
    while (fields.length < index) fields.push('');
    fields[index - 1] = this.str(value);
    this.rebuild(fields);
  }
}
