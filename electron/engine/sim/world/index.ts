export { createWorld, newInstance, emptyCounters, defaultModifiers } from './create';
export { tickWorld } from './tick';
export { startRollout, startProcess, killProcess, START_MS } from './lifecycle';
export { dependencyOrder } from './graph';
export { templateHash, podName, ipFor } from './names';
export { dailyShape } from './traffic';
export { LATENCY_BUCKETS } from './types';
export type * from './types';
