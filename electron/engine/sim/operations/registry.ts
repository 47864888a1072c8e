import { rateLimit, restart, rollback, rollForward, scale } from './deploy-operations';
import { DATA_OPERATIONS } from './data-operations';
import { INFRA_OPERATIONS } from './infra-operations';
import type { Operation } from './types';

const LIST: Operation[] = [rollback, rollForward, restart, scale, rateLimit, ...INFRA_OPERATIONS, ...DATA_OPERATIONS];

function buildTable(list: readonly Operation[]): ReadonlyMap<string, Operation> {
  const table = new Map<string, Operation>();
  for (const operation of list) {
    if (table.has(operation.name)) throw new Error(`operation "${operation.name}" registered twice`);
    table.set(operation.name, operation);
  }
  return table;
}

/** Every learner operation, by name. */
export const OPERATIONS = buildTable(LIST);
