import type { Panel } from '../../../../electron/contract';

/**
 * One series a panel draws, after the query ran and `legendFormat` named it. Times are unix ms, ascending;
 * a NaN value is a gap. An instant query gives one point per series.
 */
export type Frame = {
  refId: string;
  /** The legend name: `legendFormat` with `{{label}}` filled in, else the series' labels as Prometheus prints them. */
  name: string;
  labels: Record<string, string>;
  times: number[];
  values: number[];
};

/** The time range a panel shows, in unix ms, with the interval Grafana would compute for it. */
export type PanelRange = { from: number; to: number; intervalMs: number };

/** A panel's data: what its queries returned, or why not. Errors name the query (`A: parse error at …`). */
export type PanelData =
  | { state: 'loading'; frames: Frame[] }
  | { state: 'done'; frames: Frame[] }
  | { state: 'error'; frames: Frame[]; error: string };

/** The cursor time shared across panels when the dashboard's graphTooltip is 1 or 2. */
export type Crosshair = { time: number | undefined; source: number | undefined };

export type PanelProps = {
  panel: Panel;
  data: PanelData;
  range: PanelRange;
  /** Pixel size of the panel's drawing area (below its title). */
  width: number;
  height: number;
  /** Show the data as a table instead of a chart (the text alternative). */
  tableView: boolean;
  /** Drag-select on a time axis: zoom the dashboard to [from, to] (unix ms). */
  onZoom?: (from: number, to: number) => void;
  /** Shared crosshair (undefined when the dashboard's graphTooltip is 0). */
  crosshair?: Crosshair;
  onCrosshair?: (time: number | undefined) => void;
  /** Sim "now" in unix ms (stat sparklines, logs panel live tail). */
  now: number;
};
