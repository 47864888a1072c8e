import type { FaultOperator } from './types';

/** Faults of services and the network between them (filled in by the fault library). */
export const SERVICE_FAULTS: FaultOperator[] = [];
