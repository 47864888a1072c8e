import type { Route } from './config';
import type { LabelSet } from './matchers';
import { matches } from './matchers';

/**
 * The routes that take an alert, as Alertmanager's Route.Match: depth-first; a child is entered when its
 * matchers match; the first matching child stops the search among its siblings unless it has `continue`;
 * a node none of whose children matched takes the alert itself. Returns [] when the node does not match.
 */
export function matchRoutes(route: Route, labels: LabelSet): Route[] {
  if (!matches(labels, route.matchers)) return [];
  const all: Route[] = [];
  for (const child of route.routes) {
    const found = matchRoutes(child, labels);
    all.push(...found);
    if (found.length > 0 && !child.continue) break;
  }
  return all.length === 0 ? [route] : all;
}

/** The labels an alert is grouped by on a route (`...` = every label). Missing labels are left out. */
export function groupLabels(route: Route, labels: LabelSet): Record<string, string> {
  if (route.groupBy === '...') return { ...labels };
  const out: Record<string, string> = {};
  for (const name of route.groupBy) {
    const v = labels[name];
    if (v !== undefined && v !== '') out[name] = v;
  }
  return out;
}
