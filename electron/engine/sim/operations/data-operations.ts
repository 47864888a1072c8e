import { DATASTORE_OPERATIONS } from './datastore-operations';
import { STORAGE_OPERATIONS } from './storage-operations';
import type { Operation } from './types';

/** Operations on data stores, caches, queues and disks. */
export const DATA_OPERATIONS: Operation[] = [...DATASTORE_OPERATIONS, ...STORAGE_OPERATIONS];
