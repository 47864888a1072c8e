export { LogStore } from './store';
export type { EcsEvent } from '../sim/outputs/ecs';
