export { SeriesStore, labelsKey, sampleAt, STALE_NAN, isStaleNaN } from './store';
export type { Labels, StoredSeries } from './store';
