import type { FaultOperator } from './types';

/** Faults of data stores, caches, queues and disks (filled in by the fault library). */
export const DATA_FAULTS: FaultOperator[] = [];
