export { instantQuery, rangeQuery } from './engine';
export type { EngineOptions } from './engine';
export { toApiData, formatSampleValue } from './api-format';
export type { ApiData, ApiPoint } from './api-format';
export { FUNCTION_CALLS } from './functions';
export { QueryError } from './values';
export type { Sample, Series, Value } from './values';
