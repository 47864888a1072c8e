import { describe, expect, it } from 'vitest';
import { FUNCTIONS } from '../parser/functions';
import { FUNCTION_CALLS } from './functions';

describe('FUNCTION_CALLS', () => {
  it('implements every function the parser accepts, experimental ones aside', () => {
    const missing = [...FUNCTIONS.values()].filter((f) => !f.experimental && !FUNCTION_CALLS.has(f.name)).map((f) => f.name);
    expect(missing).toEqual([]);
  });

  it('implements nothing the parser does not know', () => {
    expect([...FUNCTION_CALLS.keys()].filter((name) => !FUNCTIONS.has(name))).toEqual([]);
  });

  it('gives range functions a range-vector argument and the rest none', () => {
    for (const [name, impl] of FUNCTION_CALLS) {
      const takesMatrix = FUNCTIONS.get(name)!.argTypes.includes('matrix');
      expect(impl.kind === 'range', name).toBe(takesMatrix);
    }
  });
});
