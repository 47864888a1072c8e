export { SeriesStore, labelsKey, sampleAt, STALE_NAN, isStaleNaN } from './store';
export type { Labels, StoredSeries } from './store';
export { compileMatcher, compileRegex, matchesAll, RegexError } from './matchers';
export type { CompiledMatcher, LabelMatcher, MatchType } from './matchers';
export { storeQueryable } from './queryable';
export type { Queryable, SeriesView } from './queryable';
export { ingestOpenMetrics, OpenMetricsParseError } from './openmetrics-parse';
export type { IngestOptions, IngestStats } from './openmetrics-parse';
export { formatFloatF, formatFloatG, formatOpenMetricsFloat } from './float-format';
