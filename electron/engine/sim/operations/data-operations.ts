import type { Operation } from './types';

/** Operations on data stores, caches, queues and disks. */
export const DATA_OPERATIONS: Operation[] = [];
