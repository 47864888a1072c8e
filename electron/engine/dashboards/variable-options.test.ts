import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { VariableOption } from './model';
import { parseCustomOptions, sortOptions, toOptions } from './variable-options';

const opts = (...values: string[]): VariableOption[] => values.map((v) => ({ text: v, value: v }));

describe('toOptions', () => {
  it('keeps the first capture group as text and value', () => {
    expect(toOptions(opts('pod-api-1', 'pod-web-2', 'node-1'), '/pod-(\\w+)-\\d/', 0)).toEqual(opts('api', 'web'));
  });

  it('uses named groups text and value', () => {
    expect(toOptions(opts('api:10.0.0.1', 'web:10.0.0.2'), '/(?<text>\\w+):(?<value>[\\d.]+)/', 0)).toEqual([
      { text: 'api', value: '10.0.0.1' },
      { text: 'web', value: '10.0.0.2' },
    ]);
  });

  it('matches a bare pattern against the whole value, drops duplicates and reports bad regexes', () => {
    expect(toOptions(opts('api', 'api2', 'api'), 'api', 0)).toEqual(opts('api'));
    expect(toOptions(opts('a'), '/(/', 0)).toHaveProperty('error');
  });
});

describe('sortOptions', () => {
  const values = opts('b10', 'a2', 'B1', 'c');
  it.each([
    [0, ['b10', 'a2', 'B1', 'c']],
    [1, ['B1', 'a2', 'b10', 'c']],
    [2, ['c', 'b10', 'a2', 'B1']],
    [3, ['c', 'B1', 'a2', 'b10']],
    [4, ['b10', 'a2', 'B1', 'c']],
    [5, ['a2', 'B1', 'b10', 'c']],
    [6, ['c', 'b10', 'B1', 'a2']],
  ])('mode %i', (mode, expected) => {
    expect(sortOptions(values, mode).map((o) => o.text)).toEqual(expected);
  });
});

describe('parseCustomOptions', () => {
  it('reads lists, key : value pairs and escaped commas', () => {
    expect(parseCustomOptions('a, b ,c')).toEqual(opts('a', 'b', 'c'));
    expect(parseCustomOptions('Production : prod,Staging : stage')).toEqual([
      { text: 'Production', value: 'prod' },
      { text: 'Staging', value: 'stage' },
    ]);
    expect(parseCustomOptions('a\\,b,c')).toEqual(opts('a,b', 'c'));
  });

  it('gives back any values, their commas escaped', () => {
    // Values a custom list can hold as written: no backslashes, no ` : ` pair separator, no edge spaces.
    const value = fc.string({ minLength: 1 }).filter((v) => !v.includes('\\') && !/\s:\s/.test(v) && v.trim() === v && v.replace(/,/g, '') !== '');
    fc.assert(fc.property(fc.array(value, { minLength: 1, maxLength: 5 }), (values) => {
      const query = values.map((v) => v.replace(/,/g, '\\,')).join(' , ');
      expect(parseCustomOptions(query).map((o) => o.value)).toEqual(values);
    }));
  });
});
