import { badDeploy, connectionLeak, cpuSaturation, crashLoop, memoryLeak } from './deploy-faults';
import { DATA_FAULTS } from './data-faults';
import { SERVICE_FAULTS } from './service-faults';
import type { FaultOperator } from './types';

/** Every fault operator, by kind. */
const LIST: FaultOperator[] = [badDeploy, crashLoop, memoryLeak, cpuSaturation, connectionLeak, ...SERVICE_FAULTS, ...DATA_FAULTS];

function buildTable(list: readonly FaultOperator[]): ReadonlyMap<string, FaultOperator> {
  const table = new Map<string, FaultOperator>();
  for (const operator of list) {
    if (table.has(operator.kind)) throw new Error(`fault kind "${operator.kind}" registered twice`);
    table.set(operator.kind, operator);
  }
  return table;
}

export const FAULTS = buildTable(LIST);
