import type { RouteGroupView } from '../../../electron/contract';

export type ShownGroup = { key: string; receivers: string[]; groupLabels: Record<string, string>; alerts: string[] };

/**
 * Route groups with the same group labels and the same alerts (one alert routed to several receivers with
 * `continue: true`) are shown once, naming every receiver, so an alert is not listed once per receiver.
 */
export function mergeRouteGroups(groups: RouteGroupView[]): ShownGroup[] {
  const shown = new Map<string, ShownGroup>();
  for (const group of groups) {
    const key = JSON.stringify([Object.entries(group.groupLabels).sort(), [...group.alerts].sort()]);
    const existing = shown.get(key);
    if (existing) existing.receivers.push(group.receiver);
    else shown.set(key, { key, receivers: [group.receiver], groupLabels: group.groupLabels, alerts: group.alerts });
  }
  return [...shown.values()];
}
