export { LogStore } from './store';
export { countMatches, searchLogs, matchingEvents, fieldOverTime, surrounding, histogramInterval } from './search';
export type { SearchOptions, Searched, FieldOverTimeOptions } from './search';
export { NdjsonReader, parseNdjson } from './ndjson';
export type { NdjsonError, NdjsonResult } from './ndjson';
export type * from './types';
export type { EcsEvent } from '../sim/outputs/ecs';
