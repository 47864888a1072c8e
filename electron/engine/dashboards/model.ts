/**
 * The subset of Grafana's dashboard JSON model (schemaVersion 36–39, as Grafana 9–11 export it) that
 * Firedrill understands. Every object keeps the keys it does not know (`[key: string]: unknown`), so a
 * dashboard imported from Grafana and exported again loses nothing; panels of a type Firedrill does not
 * draw are kept as they are and shown as "unsupported panel".
 */

export type DataSourceRef = { type?: string; uid?: string; [key: string]: unknown };

/** Position on the 24-column grid; one unit of `h` is 30 px. */
export type GridPos = { x: number; y: number; w: number; h: number; [key: string]: unknown };

/** A threshold step; the first step's `value` is null, standing for −Infinity. */
export type ThresholdStep = { color: string; value: number | null; [key: string]: unknown };
export type Thresholds = { mode: 'absolute' | 'percentage'; steps: ThresholdStep[]; [key: string]: unknown };

export type MappingResult = { text?: string; color?: string; index?: number; icon?: string; [key: string]: unknown };
export type ValueMapping =
  | { type: 'value'; options: Record<string, MappingResult>; [key: string]: unknown }
  | { type: 'range'; options: { from: number | null; to: number | null; result: MappingResult }; [key: string]: unknown }
  | { type: 'regex'; options: { pattern: string; result: MappingResult }; [key: string]: unknown }
  | {
      type: 'special';
      options: { match: 'null' | 'nan' | 'null+nan' | 'true' | 'false' | 'empty'; result: MappingResult };
      [key: string]: unknown;
    };

export type FieldDefaults = {
  unit?: string;
  decimals?: number | null;
  min?: number | null;
  max?: number | null;
  thresholds?: Thresholds;
  mappings?: ValueMapping[];
  color?: { mode: string; fixedColor?: string; [key: string]: unknown };
  noValue?: string;
  displayName?: string;
  /** Visualisation-specific settings (`drawStyle`, `fillOpacity`, `stacking`, `lineWidth`…). */
  custom?: Record<string, unknown>;
  [key: string]: unknown;
};

export type FieldOverride = {
  matcher: { id: string; options?: unknown };
  properties: { id: string; value?: unknown }[];
  [key: string]: unknown;
};

export type FieldConfig = { defaults: FieldDefaults; overrides: FieldOverride[]; [key: string]: unknown };

/** A Prometheus query of a panel. `format` `heatmap` turns cumulative `le` buckets into per-bucket counts. */
export type PanelTarget = {
  refId: string;
  expr?: string;
  legendFormat?: string;
  instant?: boolean;
  range?: boolean;
  format?: 'time_series' | 'table' | 'heatmap';
  /** Min step (`15s`) for this query. */
  interval?: string;
  hide?: boolean;
  datasource?: DataSourceRef;
  [key: string]: unknown;
};

/** Panel plugin ids Firedrill draws; anything else is kept and shown as "unsupported panel". */
export const PANEL_TYPES = ['timeseries', 'stat', 'gauge', 'bargauge', 'table', 'heatmap', 'logs', 'text', 'row'] as const;
export type KnownPanelType = (typeof PANEL_TYPES)[number];

export type Panel = {
  id: number;
  /** A plugin id: one of PANEL_TYPES, or another kept as it is. */
  type: string;
  title: string;
  description?: string;
  gridPos: GridPos;
  datasource?: DataSourceRef | null;
  targets?: PanelTarget[];
  fieldConfig?: FieldConfig;
  /** Visualisation options (`legend`, `tooltip`, `reduceOptions`, `content` of a text panel…). */
  options?: Record<string, unknown>;
  /** Min interval (`1m`) for every query of the panel. */
  interval?: string;
  maxDataPoints?: number;
  transparent?: boolean;
  /** Rows only: whether the row is folded, and (when folded) the panels it holds. */
  collapsed?: boolean;
  panels?: Panel[];
  [key: string]: unknown;
};

export type VariableOption = { text: string; value: string; selected?: boolean; [key: string]: unknown };
export type VariableCurrent = { text: string | string[]; value: string | string[]; selected?: boolean; [key: string]: unknown };

/** The ids Grafana uses for the All option. */
export const ALL_VALUE = '$__all';

export type Variable = {
  type: 'query' | 'custom' | 'interval' | 'constant' | 'textbox' | 'datasource' | 'adhoc' | 'system' | string;
  name: string;
  label?: string;
  /** A query variable's query is a string (`label_values(up, job)`) or `{ query, refId }` (Grafana 10+). */
  query?: string | { query: string; refId?: string; [key: string]: unknown };
  datasource?: DataSourceRef | null;
  multi?: boolean;
  includeAll?: boolean;
  allValue?: string | null;
  current?: VariableCurrent;
  options?: VariableOption[];
  /** 0 never, 1 on dashboard load, 2 on time range change. */
  refresh?: number;
  /** A regex filtering (and with a capture group, extracting) query results. */
  regex?: string;
  /** 0 disabled, 1 alphabetical asc, 2 desc, 3 numerical asc, 4 desc, 5 alphabetical case-insensitive asc, 6 desc. */
  sort?: number;
  /** 0 label and value, 1 value only, 2 hidden. */
  hide?: number;
  /** Interval variables: an `auto` option of (range / auto_count), at least auto_min. */
  auto?: boolean;
  auto_count?: number;
  auto_min?: string;
  [key: string]: unknown;
};

export type TimeRangeText = { from: string; to: string; [key: string]: unknown };

export type Dashboard = {
  uid: string;
  title: string;
  tags: string[];
  timezone?: string;
  editable?: boolean;
  /** 0 off, 1 shared crosshair, 2 shared crosshair and tooltip. */
  graphTooltip: number;
  time: TimeRangeText;
  /** A refresh interval (`30s`) or false. */
  refresh: string | false;
  schemaVersion: number;
  version?: number;
  templating: { list: Variable[]; [key: string]: unknown };
  panels: Panel[];
  [key: string]: unknown;
};

/** A problem found reading a dashboard: where (a JSON path such as `panels[2].gridPos.w`) and why. */
export type DashboardProblem = { path: string; reason: string };

/** Import's answer: the dashboard (defaults filled in, unknowns kept) and what it had to fix or could not use. */
export type ParsedDashboard =
  | { ok: true; dashboard: Dashboard; warnings: DashboardProblem[] }
  | { ok: false; problems: DashboardProblem[] };
