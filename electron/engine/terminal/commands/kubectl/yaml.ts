/** A JSON-like value, as an API object is. */
export type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

/** Strings go-yaml would read back as something else (numbers, booleans, timestamps, flow syntax) get quotes. */
function scalar(value: string | number | boolean | null): string {
  if (typeof value !== 'string') return String(value);
  const ambiguous =
    value === '' ||
    /^(true|false|yes|no|on|off|y|n|null|~)$/i.test(value) ||
    /^[-+]?(\d[\d_]*(\.\d*)?|\.\d+)([eE][-+]?\d+)?$/.test(value) ||
    /^\d{4}-\d\d-\d\d/.test(value) ||
    /^[\s\-?:,[\]{}#&*!|>'"%@`]/.test(value) ||
    /: |\s#|\s$|\n/.test(value);
  return ambiguous ? JSON.stringify(value) : value;
}

function lines(value: Json, indent: string): string[] {
  if (Array.isArray(value)) {
    return value.flatMap((item) => {
      const [first = '', ...rest] = isBlock(item) ? lines(item, `${indent}  `) : [scalarOrEmpty(item)];
      return [`${indent}- ${first.trimStart()}`, ...rest];
    });
  }
  if (value !== null && typeof value === 'object') {
    return Object.keys(value)
      .sort()
      .flatMap((key) => {
        const child = value[key]!;
        if (!isBlock(child)) return [`${indent}${key}: ${scalarOrEmpty(child)}`];
        // go-yaml does not indent a sequence under its key.
        return [`${indent}${key}:`, ...lines(child, Array.isArray(child) ? indent : `${indent}  `)];
      });
  }
  return [`${indent}${scalar(value)}`];
}

const isBlock = (v: Json): boolean => (Array.isArray(v) ? v.length > 0 : v !== null && typeof v === 'object' && Object.keys(v).length > 0);
const scalarOrEmpty = (v: Json): string => (Array.isArray(v) ? '[]' : v !== null && typeof v === 'object' ? '{}' : scalar(v));

/** An object as `kubectl get -o yaml` prints it (sigs.k8s.io/yaml: keys sorted, two-space indent). */
export function toYaml(value: Json): string {
  return lines(value, '').join('\n');
}

/** Several objects as kubectl lists them: a v1 List. */
export function listOf(items: Json[]): Json {
  return { apiVersion: 'v1', items, kind: 'List', metadata: { resourceVersion: '' } };
}
