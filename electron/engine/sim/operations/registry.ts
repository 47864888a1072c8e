import { rateLimit, restart, rollback, rollForward, scale } from './deploy-operations';
import { DATA_OPERATIONS } from './data-operations';
import { INFRA_OPERATIONS } from './infra-operations';
import type { Operation } from './types';
import { tableByName } from '../../table';

const LIST: Operation[] = [rollback, rollForward, restart, scale, rateLimit, ...INFRA_OPERATIONS, ...DATA_OPERATIONS];

/** Every learner operation, by name. */
export const OPERATIONS = tableByName(LIST, (o) => o.name, 'operation');
