import type { Labels } from '../../tsdb';
import { setLabel } from './labels';

/**
 * Go's regexp.Expand for label_replace's replacement: `$1`, `${1}`, `$name`, `${name}`, `$$`. A name
 * runs as far as letters, digits and `_` go (`$1x` names group "1x"); a group that did not take part,
 * or does not exist, expands to nothing; a `$` not followed by a name stays as it is.
 */
export function expandTemplate(template: string, match: RegExpExecArray): string {
  let out = '';
  let rest = template;
  for (;;) {
    const at = rest.indexOf('$');
    if (at < 0) break;
    out += rest.slice(0, at);
    rest = rest.slice(at + 1);
    if (rest.startsWith('$')) {
      out += '$';
      rest = rest.slice(1);
      continue;
    }
    const ref = /^(?:\{([A-Za-z0-9_]+)\}|([A-Za-z0-9_]+))/.exec(rest);
    if (!ref) {
      out += '$';
      continue;
    }
    rest = rest.slice(ref[0].length);
    const name = ref[1] ?? ref[2]!;
    if (/^\d+$/.test(name)) {
      const n = Number(name);
      if (n < match.length) out += match[n] ?? '';
    } else out += match.groups?.[name] ?? '';
  }
  return out + rest;
}

/** label_replace on one series: the new label set, or the same one if the regex does not match the source. */
export function labelReplace(metric: Labels, dst: string, replacement: string, src: string, regex: RegExp): Labels {
  const match = regex.exec(metric[src] ?? '');
  if (!match) return metric;
  return setLabel(metric, dst, expandTemplate(replacement, match));
}

/** label_join on one series: the source values (empty where missing) joined into `dst`. */
export function labelJoin(metric: Labels, dst: string, separator: string, sources: readonly string[]): Labels {
  return setLabel(metric, dst, sources.map((s) => metric[s] ?? '').join(separator));
}

/** Prometheus 3.x accepts any non-empty UTF-8 label name. */
export function isValidLabelName(name: string): boolean {
  return name.length > 0 && !/[\uD800-\uDFFF]/.test(name.replace(/[\uD800-\uDBFF][\uDC00-\uDFFF]/g, ''));
}
