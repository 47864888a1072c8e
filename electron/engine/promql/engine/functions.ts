import { FUNCTIONS } from '../parser/functions';
import type { FunctionImpl } from './function-types';
import { INSTANT_FUNCTIONS } from './instant-functions';
import { RANGE_FUNCTIONS } from './range-functions';

function buildTable(): ReadonlyMap<string, FunctionImpl> {
  const table = new Map<string, FunctionImpl>();
  const add = (name: string, impl: FunctionImpl) => {
    if (table.has(name)) throw new Error(`PromQL function "${name}" implemented twice`);
    if (!FUNCTIONS.has(name)) throw new Error(`PromQL function "${name}" implemented but not declared in the signature table`);
    table.set(name, impl);
  };
  for (const [name, impl] of Object.entries(RANGE_FUNCTIONS)) add(name, impl);
  for (const [name, impl] of Object.entries(INSTANT_FUNCTIONS)) add(name, impl);
  add('label_replace', { kind: 'series' });
  add('label_join', { kind: 'series' });
  for (const sig of FUNCTIONS.values()) {
    if (!sig.experimental && !table.has(sig.name)) throw new Error(`PromQL function "${sig.name}" has a signature but no implementation`);
  }
  return table;
}

/** Every function the evaluator implements, by the signature table's names (Prometheus's FunctionCalls). */
export const FUNCTION_CALLS = buildTable();
