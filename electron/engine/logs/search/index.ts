/** Searching a log store: KQL over its indexes, histograms, field summaries and counts, surrounding documents. */
export { countMatches, searchLogs, matchingEvents } from './execute';
export type { SearchOptions, Searched } from './execute';
export { fieldOverTime } from './field-over-time';
export type { FieldOverTimeOptions } from './field-over-time';
export { surrounding } from './context';
export { histogramInterval } from './histogram';
