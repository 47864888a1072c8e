/**
 * Template variables: finding each variable's options in dashboard order (a query sees the variables
 * before it), keeping the selection when it is still offered, and writing selections back for saving.
 */
import { formatGrafanaInterval, parseGrafanaInterval } from './grafana-interval';
import { interpolate } from './interpolate';
import { calculateIntervalMs } from './interval';
import { ALL_VALUE } from './model';
import type { Dashboard, Variable, VariableCurrent, VariableOption } from './model';
import { parseCustomOptions, toOptions } from './variable-options';
import { runVariableQuery } from './variable-query';
import type { VariableFetchers, VariableState } from './variable-state';

export type { VariableFetchers, VariableState } from './variable-state';

const ALL_OPTION: VariableOption = { text: 'All', value: ALL_VALUE };

function queryText(variable: Variable): string {
  const q = variable.query;
  if (typeof q === 'string') return q;
  return q && typeof q.query === 'string' ? q.query : '';
}

function asList(value: string | string[] | undefined): string[] {
  if (value === undefined) return [];
  return Array.isArray(value) ? value.map(String) : [String(value)];
}

/** Options for one variable and, for interval variables with `auto`, the interval auto stands for. */
async function findOptions(
  variable: Variable,
  earlier: VariableState[],
  range: { from: number; to: number },
  fetch: VariableFetchers,
  wanted: string[],
  before: VariableState | undefined,
): Promise<{ options: VariableOption[]; autoInterval?: string; resolvedQuery?: string }> {
  const query = queryText(variable);
  const rangeMs = range.to - range.from;
  switch (variable.type) {
    case 'query': {
      // Grafana's "never refresh": the options saved with the dashboard are used as they are.
      if (variable.refresh === 0 && variable.options?.length) return { options: variable.options.filter((o) => o.value !== ALL_VALUE) };
      const rangeSeconds = String(Math.round(rangeMs / 1000));
      const builtins = { __range: `${rangeSeconds}s`, __range_s: rangeSeconds, __range_ms: String(rangeMs) };
      const resolvedQuery = interpolate(query, earlier, builtins);
      // Refresh 1 means "on dashboard load": a new time range alone does not run the query again.
      const sameQuery = before && before.resolvedQuery === resolvedQuery && before.variable.regex === variable.regex && before.variable.sort === variable.sort;
      if (variable.refresh !== 2 && sameQuery && !before.error) {
        return { options: before.options.filter((o) => o.value !== ALL_VALUE), resolvedQuery };
      }
      const raw = await runVariableQuery(resolvedQuery, fetch, range.to);
      const options = toOptions(raw, variable.regex, variable.sort);
      if ('error' in options) throw new Error(options.error);
      return { options, resolvedQuery };
    }
    case 'custom':
      return { options: parseCustomOptions(query) };
    case 'constant':
      return { options: [{ text: query, value: query }] };
    case 'textbox': {
      const value = wanted[0] ?? query;
      return { options: [{ text: value, value }] };
    }
    case 'interval': {
      const options = query.split(',').map((s) => s.trim()).filter((s) => s !== '').map((s) => ({ text: s, value: s }));
      if (!variable.auto) return { options };
      const autoMin = parseGrafanaInterval(variable.auto_min ?? '10s') ?? 10_000;
      const autoMs = calculateIntervalMs(rangeMs, variable.auto_count ?? 30, autoMin);
      return { options: [{ text: 'auto', value: `$__auto_interval_${variable.name}` }, ...options], autoInterval: formatGrafanaInterval(autoMs) };
    }
    default:
      return { options: variable.options ?? [] };
  }
}

/** Keep the wanted selection where the options still offer it, else Grafana's fallback: the first option. */
function validateCurrent(variable: Variable, options: VariableOption[], wanted: { text: string[]; value: string[] }): VariableState['current'] {
  if (options.length === 0 || variable.type === 'textbox') return wanted;
  if (wanted.value.length === 1 && wanted.value[0] === ALL_VALUE && variable.includeAll) return { text: ['All'], value: [ALL_VALUE] };
  const offered = options.filter((o) => wanted.value.includes(o.value) && o.value !== ALL_VALUE);
  const kept = variable.multi ? offered : offered.slice(0, 1);
  const chosen = kept.length > 0 ? kept : [options[0]!];
  return { text: chosen.map((o) => o.text), value: chosen.map((o) => o.value) };
}

function savedCurrent(current: VariableCurrent | undefined): { text: string[]; value: string[] } {
  return { text: asList(current?.text), value: asList(current?.value) };
}

/** Every variable's options and selection for `range`; a failing query becomes that variable's `error`. */
export async function resolveVariables(
  d: Dashboard,
  range: { from: number; to: number },
  fetch: VariableFetchers,
  previous: VariableState[] = [],
): Promise<VariableState[]> {
  const states: VariableState[] = [];
  for (const variable of d.templating.list) {
    const before = previous.find((s) => s.variable.name === variable.name);
    const wanted = before?.current ?? savedCurrent(variable.current);
    let state: VariableState;
    try {
      const { options: found, autoInterval, resolvedQuery } = await findOptions(variable, states, range, fetch, wanted.value, before);
      const options = variable.includeAll && (variable.type === 'query' || variable.type === 'custom') ? [ALL_OPTION, ...found] : found;
      state = { variable, options, current: validateCurrent(variable, options, wanted) };
      if (autoInterval) state.autoInterval = autoInterval;
      if (resolvedQuery !== undefined) state.resolvedQuery = resolvedQuery;
    } catch (e) {
      state = { variable, options: [], current: wanted, error: e instanceof Error ? e.message : String(e) };
    }
    states.push(state);
  }
  return states;
}

/** The state after the user picks `values`; `['$__all']` (or All picked last) selects All. */
export function selectVariableValue(state: VariableState, values: string[]): VariableState {
  const { variable, options } = state;
  if (values.at(-1) === ALL_VALUE && variable.includeAll) return { ...state, current: { text: ['All'], value: [ALL_VALUE] } };
  if (variable.type === 'textbox') {
    const value = values[0] ?? '';
    return { ...state, options: [{ text: value, value }], current: { text: [value], value: [value] } };
  }
  const picked = values.filter((v) => v !== ALL_VALUE);
  const kept = variable.multi ? picked : picked.slice(0, 1);
  const chosen = kept.length > 0 ? kept : options[0] ? [options[0].value] : [];
  const textOf = (v: string) => options.find((o) => o.value === v)?.text ?? v;
  return { ...state, current: { text: chosen.map(textOf), value: chosen } };
}

/** The dashboard with each variable's `current` set from `states`, in Grafana's saved shape. */
export function applyVariableSelections(d: Dashboard, states: VariableState[]): Dashboard {
  const list = d.templating.list.map((variable) => {
    const state = states.find((s) => s.variable.name === variable.name);
    if (!state) return variable;
    const many = variable.multi === true;
    const current: VariableCurrent = {
      ...variable.current,
      text: many ? state.current.text : (state.current.text[0] ?? ''),
      value: many ? state.current.value : (state.current.value[0] ?? ''),
    };
    return { ...variable, current };
  });
  return { ...d, templating: { ...d.templating, list } };
}
