/**
 * Template variable substitution as Grafana's templateSrv.replace does it for the Prometheus data source:
 * `$var`, `${var}`, `${var:format}` and the legacy `[[var]]`. Unknown names are left as written.
 */
import { ALL_VALUE } from './model';
import type { VariableState } from './variable-state';

// Grafana's variableRegex: $name, [[name(:format)]], ${name(.field)(:format)}.
const VARIABLE_PATTERN = /\$(\w+)|\[\[(\w+?)(?::(\w+))?\]\]|\$\{(\w+)(?:\.([^:^}]+))?(?::([^}]+))?\}/g;

/** Prometheus label matcher escaping for a single value used with `=` (prometheusRegularEscape). */
export function prometheusRegularEscape(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/'/g, "\\\\'");
}

/**
 * Escaping for a value inside a `=~` alternation (prometheusSpecialRegexEscape, Grafana 11's classic
 * behaviour; Grafana 9 and 10 also escaped `'`).
 */
export function prometheusSpecialRegexEscape(value: string): string {
  return value.replace(/\\/g, '\\\\\\\\').replace(/[$^*{}[\]+?.()|]/g, '\\\\$&');
}

function regexEscape(value: string): string {
  return value.replace(/[\\^$*+?.()|[\]{}/]/g, '\\$&');
}

/** A variable's value as Grafana's formatters see it: a string, or an array for multi-value and All. */
type FormatValue = string | string[];

/** Grafana's interpolateQueryExpr: the default format of the Prometheus data source. */
function prometheusFormat(value: FormatValue, state: VariableState): string {
  const { multi, includeAll } = state.variable;
  if (!multi && !includeAll) return prometheusRegularEscape(Array.isArray(value) ? value.join(',') : value);
  if (typeof value === 'string') return prometheusSpecialRegexEscape(value);
  const escaped = value.map(prometheusSpecialRegexEscape);
  return escaped.length === 1 ? escaped[0]! : `(${escaped.join('|')})`;
}

/** RFC 3986 encoding, as Grafana's encodeURIComponentStrict: also `!'()*`. */
function encodeStrict(text: string): string {
  return encodeURIComponent(text).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

const list = (value: FormatValue): string[] => (Array.isArray(value) ? value : [value]);

/** Grafana's format registry (the formats a Prometheus query can use). */
const FORMATS: Record<string, (value: FormatValue, name: string) => string> = {
  regex: (value) => {
    const escaped = list(value).map(regexEscape);
    return typeof value === 'string' || escaped.length === 1 ? (escaped[0] ?? '') : `(${escaped.join('|')})`;
  },
  pipe: (value) => list(value).join('|'),
  csv: (value) => list(value).join(','),
  raw: (value) => list(value).join(','),
  glob: (value) => (Array.isArray(value) && value.length > 1 ? `{${value.join(',')}}` : list(value).join(',')),
  json: (value) => (typeof value === 'string' ? value : JSON.stringify(value)),
  percentencode: (value) => encodeStrict(Array.isArray(value) ? `{${value.join(',')}}` : value),
  queryparam: (value, name) => list(value).map((v) => `var-${name}=${encodeStrict(v)}`).join('&'),
  singlequote: (value) => list(value).map((v) => `'${v.replace(/'/g, "\\'")}'`).join(','),
  doublequote: (value) => list(value).map((v) => `"${v.replace(/"/g, '\\"')}"`).join(','),
};

/** What a variable currently stands for: All is every option but itself, or the custom all value. */
function currentValue(state: VariableState): { value: FormatValue; customAll?: string } {
  const selected = state.current.value;
  if (selected.length === 1 && selected[0] === ALL_VALUE) {
    const allValue = state.variable.allValue;
    if (typeof allValue === 'string' && allValue !== '') return { value: allValue, customAll: allValue };
    return { value: state.options.filter((o) => o.value !== ALL_VALUE).map((o) => o.value) };
  }
  const autoName = `$__auto_interval_${state.variable.name}`;
  const resolved = selected.map((v) => (v === autoName && state.autoInterval ? state.autoInterval : v));
  return { value: state.variable.multi ? resolved : (resolved[0] ?? '') };
}

/** `text` with every known variable replaced; builtins (`__interval`…) are inserted verbatim. */
export function interpolate(text: string, variables: VariableState[], builtins: Record<string, string> = {}): string {
  if (!text.includes('$') && !text.includes('[[')) return text;
  const byName = new Map(variables.map((s) => [s.variable.name, s]));
  return text.replace(VARIABLE_PATTERN, (match, plain?: string, legacy?: string, legacyFormat?: string, braced?: string, _field?: string, bracedFormat?: string) => {
    const name = plain ?? legacy ?? braced ?? '';
    const format = legacyFormat ?? bracedFormat;
    if (Object.hasOwn(builtins, name)) return builtins[name]!;
    const state = byName.get(name);
    if (!state) return match;
    const { value, customAll } = currentValue(state);
    // Grafana leaves a custom all value alone: it is usually a regex such as `.*` already.
    if (customAll !== undefined) return customAll;
    if (format === 'text') return state.current.text.join(' + ');
    const formatter = format ? FORMATS[format] : undefined;
    return formatter ? formatter(value, name) : prometheusFormat(value, state);
  });
}
