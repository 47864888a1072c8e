import { describe, expect, it } from 'vitest';
import type { ValueMapping } from '../../../../electron/contract';
import { applyMappings } from './mappings';

const mappings: ValueMapping[] = [
  { type: 'value', options: { '1': { text: 'UP', color: 'green' }, '0': { text: 'DOWN', color: 'red' } } },
  { type: 'range', options: { from: 100, to: 200, result: { text: 'busy' } } },
  { type: 'range', options: { from: 500, to: null, result: { text: 'overloaded', color: '#ff0000' } } },
  { type: 'regex', options: { pattern: '^api-', result: { text: 'API' } } },
  { type: 'special', options: { match: 'null+nan', result: { text: 'missing' } } },
];

describe('applyMappings', () => {
  it('maps exact values and resolves colour names', () => {
    expect(applyMappings(1, mappings)).toEqual({ text: 'UP', color: '#73BF69' });
    expect(applyMappings(0, mappings)).toEqual({ text: 'DOWN', color: '#F2495C' });
  });

  it('maps inclusive ranges, either end open', () => {
    expect(applyMappings(100, mappings).text).toBe('busy');
    expect(applyMappings(200, mappings).text).toBe('busy');
    expect(applyMappings(201, mappings).text).toBeUndefined();
    expect(applyMappings(1e9, mappings)).toEqual({ text: 'overloaded', color: '#ff0000' });
  });

  it('maps text by regex and null/NaN by special', () => {
    expect(applyMappings('api-7', mappings).text).toBe('API');
    expect(applyMappings(null, mappings).text).toBe('missing');
    expect(applyMappings(NaN, mappings).text).toBe('missing');
  });

  it('first match wins and a broken regex never matches', () => {
    const first: ValueMapping[] = [
      { type: 'regex', options: { pattern: '(', result: { text: 'broken' } } },
      { type: 'range', options: { from: 0, to: 10, result: { text: 'low' } } },
      { type: 'value', options: { '5': { text: 'five' } } },
    ];
    expect(applyMappings(5, first).text).toBe('low');
    expect(applyMappings(5, undefined)).toEqual({});
  });
});
