import type { SimMillis } from '../clock';
import { computeFlow } from './flow';
import { stepLifecycle } from './lifecycle';
import { stepResources } from './resources';
import type { World } from './types';

/** Advances the world to time t, `dtSec` after the previous tick: pods' lifecycles, then traffic, then resources. */
export function tickWorld(world: World, t: SimMillis, dtSec: number): void {
  world.now = t;
  stepLifecycle(world, dtSec);
  computeFlow(world, dtSec);
  stepResources(world, dtSec);
}
