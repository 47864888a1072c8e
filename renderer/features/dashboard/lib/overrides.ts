import type { FieldConfig, FieldDefaults, FieldOverride } from '../../../../electron/contract';

/** What an override matcher looks at: a series' display name and the query (refId) it came from. */
export type FieldIdentity = { name: string; refId: string };

/**
 * Whether a Grafana override matcher selects a field. Supported: `byName` (exact display name), `byRegexp`
 * (a regex over the name, read as Grafana reads it), `byFrameRefID` (the query's refId) and `byNames`
 * (`options.names`). Others (by type, by value) select nothing: the override is kept for export, not applied.
 */
export function overrideMatches(matcher: FieldOverride['matcher'], field: FieldIdentity): boolean {
  const options = matcher.options;
  switch (matcher.id) {
    case 'byName':
      return options === field.name;
    case 'byFrameRefID':
      return options === field.refId;
    case 'byNames': {
      const names = (options as { names?: unknown } | undefined)?.names;
      return Array.isArray(names) && names.includes(field.name);
    }
    case 'byRegexp':
      return typeof options === 'string' && anchoredTest(options, field.name);
    default:
      return false;
  }
}

/**
 * Grafana's reading of a regex option: `/pattern/flags` as written (unanchored), anything else anchored at
 * both ends. An invalid pattern matches nothing.
 */
function anchoredTest(source: string, text: string): boolean {
  try {
    const slashed = /^\/(.*)\/([gimsuy]*)$/.exec(source);
    const regex = slashed ? new RegExp(slashed[1]!, slashed[2]!.replace('g', '')) : new RegExp(`^(?:${source})$`);
    return regex.test(text);
  } catch {
    return false;
  }
}

/**
 * A series' field config: the panel's defaults with every matching override applied in order (later ones win),
 * property ids as Grafana writes them — `unit`, `decimals`, `min`, `max`, `thresholds`, `mappings`, `color`,
 * `displayName`, `noValue`, and `custom.<key>` into `custom`.
 */
export function fieldConfigFor(fieldConfig: FieldConfig | undefined, field: FieldIdentity): FieldDefaults {
  const defaults = fieldConfig?.defaults ?? {};
  const overrides = fieldConfig?.overrides ?? [];
  let config: FieldDefaults = defaults;
  for (const override of overrides) {
    if (!overrideMatches(override.matcher, field)) continue;
    for (const property of override.properties) {
      config = property.id.startsWith('custom.')
        ? { ...config, custom: { ...config.custom, [property.id.slice('custom.'.length)]: property.value } }
        : { ...config, [property.id]: property.value };
    }
  }
  return config;
}
