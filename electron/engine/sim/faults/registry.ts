import { badDeploy, connectionLeak, cpuSaturation, crashLoop, memoryLeak } from './deploy-faults';
import { DATA_FAULTS } from './data-faults';
import { SERVICE_FAULTS } from './service-faults';
import type { FaultOperator } from './types';
import { tableByName } from '../../table';

/** Every fault operator, by kind. */
const LIST: FaultOperator[] = [badDeploy, crashLoop, memoryLeak, cpuSaturation, connectionLeak, ...SERVICE_FAULTS, ...DATA_FAULTS];

export const FAULTS = tableByName(LIST, (f) => f.kind, 'fault kind');
