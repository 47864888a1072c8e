/**
 * Dashboard import: Grafana 9–11 JSON (plain, the API's `{dashboard, meta}` wrapper, or an export for
 * sharing externally) read tolerantly. Defaults are filled in, unknown keys and panel types kept, fixable
 * faults reported as warnings, and fatal ones as problems, each with its JSON path. Never throws.
 */
import type { Dashboard, DashboardProblem, ParsedDashboard, Panel, TimeRangeText, Variable } from './model';
import { parsePanel } from './parse-panel';
import { isFiniteNumber, isRecord, newFindings } from './parse-support';
import type { Findings } from './parse-support';

const UID_MAX = 40;
const CURRENT_SCHEMA = 39;
/** Grafana 9.0 wrote schemaVersion 36; older files would need Grafana's migrations, which Firedrill lacks. */
const OLDEST_SCHEMA = 36;

/** A uid from the title: lower-case words joined by `-`, at most 40 characters. */
function uidFromTitle(title: string): string {
  const slug = title.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, UID_MAX).replace(/-+$/, '');
  return slug === '' ? 'dashboard' : slug;
}

function readUid(raw: Record<string, unknown>, title: string, findings: Findings): string {
  const uid = raw.uid;
  if (uid === undefined || uid === null || uid === '') {
    const derived = uidFromTitle(title);
    findings.warnings.push({ path: 'uid', reason: `missing: "${derived}" made from the title` });
    return derived;
  }
  if (typeof uid !== 'string') {
    findings.problems.push({ path: 'uid', reason: 'must be a string' });
    return '';
  }
  if (uid.length > UID_MAX) findings.problems.push({ path: 'uid', reason: `longer than ${UID_MAX} characters` });
  else if (!/^[a-zA-Z0-9_-]+$/.test(uid)) findings.problems.push({ path: 'uid', reason: 'may hold only letters, digits, "-" and "_"' });
  return uid;
}

function readTime(raw: unknown, findings: Findings): TimeRangeText {
  if (isRecord(raw) && typeof raw.from === 'string' && typeof raw.to === 'string') return { ...raw, from: raw.from, to: raw.to };
  if (raw !== undefined) findings.warnings.push({ path: 'time', reason: 'not a {from, to} pair: now-6h to now used' });
  return { from: 'now-6h', to: 'now' };
}

function readVariables(raw: unknown, findings: Findings): Dashboard['templating'] {
  const templating = isRecord(raw) ? raw : {};
  const list = Array.isArray(templating.list) ? templating.list : [];
  if (templating.list !== undefined && !Array.isArray(templating.list)) findings.warnings.push({ path: 'templating.list', reason: 'not a list: no variables kept' });
  const variables: Variable[] = [];
  list.forEach((variable, i) => {
    const path = `templating.list[${i}]`;
    if (!isRecord(variable)) findings.problems.push({ path, reason: 'a variable must be an object' });
    else if (typeof variable.name !== 'string' || !/^\w+$/.test(variable.name)) findings.problems.push({ path: `${path}.name`, reason: 'a variable needs a name of letters, digits and "_"' });
    else variables.push({ ...variable, name: variable.name, type: typeof variable.type === 'string' ? variable.type : 'query' });
  });
  return { ...templating, list: variables };
}

/** Give every panel (row children included) a unique id: missing or repeated ones get the next free number. */
function assignIds(panels: Panel[], paths: Map<Panel, string>, findings: Findings): void {
  const all = panels.flatMap((p) => [p, ...(p.panels ?? [])]);
  let next = Math.max(0, ...all.filter((p) => !Number.isNaN(p.id)).map((p) => p.id)) + 1;
  const seen = new Set<number>();
  for (const panel of all) {
    if (Number.isNaN(panel.id) || seen.has(panel.id)) {
      const reason = Number.isNaN(panel.id) ? `missing: ${next} given` : `${panel.id} is used by another panel: ${next} given`;
      findings.warnings.push({ path: `${paths.get(panel)}.id`, reason });
      panel.id = next++;
    }
    seen.add(panel.id);
  }
}

/** Grafana keeps panels sorted top to bottom, left to right; rows own the panels that follow them. */
function byPosition(a: Panel, b: Panel): number {
  return a.gridPos.y - b.gridPos.y || a.gridPos.x - b.gridPos.x;
}

function readPanels(raw: unknown, findings: Findings): Panel[] {
  if (raw === undefined) return [];
  if (!Array.isArray(raw)) {
    findings.problems.push({ path: 'panels', reason: 'must be a list' });
    return [];
  }
  const paths = new Map<Panel, string>();
  const panels = raw.flatMap((value, i) => {
    const panel = parsePanel(value, `panels[${i}]`, findings);
    if (!panel) return [];
    paths.set(panel, `panels[${i}]`);
    panel.panels?.forEach((child, j) => paths.set(child, `panels[${i}].panels[${j}]`));
    return [panel];
  });
  assignIds(panels, paths, findings);
  for (const row of panels) row.panels?.sort(byPosition);
  return panels.sort(byPosition);
}

/** The dashboard object inside JSON text or the `{dashboard, meta}` wrapper of Grafana's HTTP API. */
function unwrap(input: unknown): { value: unknown } | DashboardProblem {
  let value = input;
  if (typeof value === 'string') {
    try {
      value = JSON.parse(value);
    } catch (e) {
      return { path: '', reason: `not valid JSON: ${(e as Error).message}` };
    }
  }
  if (isRecord(value) && isRecord(value.dashboard) && value.panels === undefined) value = value.dashboard;
  try {
    // A deep copy, so the caller's object is never changed and values JSON cannot carry are dropped.
    return { value: JSON.parse(JSON.stringify(value)) as unknown };
  } catch (e) {
    return { path: '', reason: `cannot be stored as JSON: ${(e as Error).message}` };
  }
}

function read(input: unknown): ParsedDashboard {
  const unwrapped = unwrap(input);
  if ('reason' in unwrapped) return { ok: false, problems: [unwrapped] };
  const raw = unwrapped.value;
  if (!isRecord(raw)) return { ok: false, problems: [{ path: '', reason: 'a dashboard must be a JSON object' }] };

  const findings = newFindings();
  const title = typeof raw.title === 'string' && raw.title !== '' ? raw.title : 'New dashboard';
  if (raw.title !== undefined && title !== raw.title) findings.warnings.push({ path: 'title', reason: `not a usable title: "${title}" used` });
  const schemaVersion = isFiniteNumber(raw.schemaVersion) ? raw.schemaVersion : CURRENT_SCHEMA;
  if (schemaVersion < OLDEST_SCHEMA) findings.warnings.push({ path: 'schemaVersion', reason: `${schemaVersion} is older than Grafana 9: imported without migrating` });
  const graphTooltip = raw.graphTooltip === 1 || raw.graphTooltip === 2 ? raw.graphTooltip : 0;
  if (raw.graphTooltip !== undefined && raw.graphTooltip !== graphTooltip) findings.warnings.push({ path: 'graphTooltip', reason: 'not 0, 1 or 2: 0 used' });
  const refresh = typeof raw.refresh === 'string' && raw.refresh !== '' ? raw.refresh : false;
  if (raw.refresh !== undefined && raw.refresh !== false && raw.refresh !== '' && refresh === false) findings.warnings.push({ path: 'refresh', reason: 'not an interval: auto refresh off' });
  const tags = Array.isArray(raw.tags) ? raw.tags.filter((t): t is string => typeof t === 'string') : [];

  const dashboard: Dashboard = {
    ...raw,
    uid: readUid(raw, title, findings),
    title,
    tags,
    graphTooltip,
    time: readTime(raw.time, findings),
    refresh,
    schemaVersion,
    templating: readVariables(raw.templating, findings),
    panels: readPanels(raw.panels, findings),
  };
  if (findings.problems.length > 0) return { ok: false, problems: findings.problems };
  return { ok: true, dashboard, warnings: findings.warnings };
}

/** Read a Grafana dashboard (object or JSON text); problems and warnings name JSON paths. */
export function parseDashboard(input: unknown): ParsedDashboard {
  try {
    return read(input);
  } catch (e) {
    // A last guard for shapes no check foresaw: import must report, never crash the caller.
    return { ok: false, problems: [{ path: '', reason: `cannot be read: ${e instanceof Error ? e.message : String(e)}` }] };
  }
}
