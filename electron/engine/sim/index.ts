export { TICK_MS, SCRAPE_INTERVAL_MS, WARM_PAST_MS, simMillis } from './clock';
export type { SimMillis } from './clock';
export { parseDuration, formatDuration } from './duration';
export { createRng, hashString } from './rng';
export type { Rng } from './rng';
export { SIGNAL_METRICS } from './metrics';
export type { Sample, Series } from './metrics';
export type { EcsEvent } from './log-events';
