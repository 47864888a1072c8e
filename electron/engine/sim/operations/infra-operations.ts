import type { Operation } from './types';

/** Operations on flags, config, traffic, nodes, DNS, network, certificates and jobs. */
export const INFRA_OPERATIONS: Operation[] = [];
