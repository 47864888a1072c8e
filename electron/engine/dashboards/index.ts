/** The Grafana dashboard model: import, export, layout, time ranges, variables and query building. */
export * from './model';
export { parseDashboard } from './parse';
export { exportDashboard } from './export';
export { newDashboard, newPanel, visibleLayout, toggleRow, GRID_COLUMNS } from './layout';
export { QUICK_RANGES, REFRESH_INTERVALS, parseTimeExpr, resolveRange, describeRange } from './time-range';
export { buildQuery, roundInterval, calculateIntervalMs } from './interval';
export type { BuiltQuery, BuildQueryInput } from './interval';
export { interpolate, prometheusRegularEscape, prometheusSpecialRegexEscape } from './interpolate';
export { resolveVariables, selectVariableValue, applyVariableSelections } from './variables';
export type { VariableState, VariableFetchers } from './variable-state';
export { legendName } from './legend';
export { parseGrafanaInterval, formatGrafanaInterval } from './grafana-interval';
