import { cacheStampede } from './cache-faults';
import { DATASTORE_FAULTS } from './datastore-faults';
import { diskFill } from './disk-faults';
import { consumerLag, queuePoison } from './queue-faults';
import type { FaultOperator } from './types';

/** Faults of data stores, caches, queues and disks. */
export const DATA_FAULTS: FaultOperator[] = [...DATASTORE_FAULTS, diskFill, cacheStampede, queuePoison, consumerLag];
