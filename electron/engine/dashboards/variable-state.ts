/** A template variable as the dashboard shows it: its definition, the options found, and what is selected. */
import type { Variable, VariableOption } from './model';

export type VariableState = {
  variable: Variable;
  options: VariableOption[];
  /** Always arrays, whether the variable is multi-value or not; `['$__all']` when All is selected. */
  current: { text: string[]; value: string[] };
  error?: string;
  /** Interval variables with `auto`: the interval `$__auto_interval_<name>` stands for in this range. */
  autoInterval?: string;
  /** Query variables: the query as run, after interpolation, so an unchanged query need not run again. */
  resolvedQuery?: string;
};

/** What variable queries need from the data source; the renderer wires these to api() requests. */
export type VariableFetchers = {
  labelValues(label: string, match?: string[]): Promise<string[]>;
  labelNames(match?: string[]): Promise<string[]>;
  /** An instant query at the range's end. */
  query(expr: string): Promise<{ metric: Record<string, string>; value: number }[]>;
};
