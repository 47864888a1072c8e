import { parseDashboard } from '../dashboards';
import type { Dashboard, DashboardProblem } from '../dashboards/model';
import type { ScenarioProblem } from './load';

/** A scenario dashboard: the file it came from, the dashboard, and what import had to fix (never fatal). */
export type ScenarioDashboard = { file: string; dashboard: Dashboard; warnings: DashboardProblem[] };

/** Where a scenario keeps its Grafana dashboards: `dashboards/<name>.json`, one dashboard a file. */
export const DASHBOARD_PATH = /^dashboards\/[a-z0-9][a-z0-9._-]*\.json$/;

/**
 * Reads every `dashboards/*.json` of a scenario folder (in file-name order) as Grafana dashboard JSON.
 * Broken JSON, a dashboard import refuses, and two files with one uid are scenario problems; what import
 * could repair (a gridPos out of the grid) stays a warning so an author's Grafana export still loads.
 */
export function loadScenarioDashboards(files: ReadonlyMap<string, string>): { dashboards: ScenarioDashboard[]; problems: ScenarioProblem[] } {
  const dashboards: ScenarioDashboard[] = [];
  const problems: ScenarioProblem[] = [];
  const paths = [...files.keys()].filter((path) => path.startsWith('dashboards/')).sort();
  const fileOfUid = new Map<string, string>();
  for (const file of paths) {
    if (!DASHBOARD_PATH.test(file)) {
      problems.push({ file, path: '(file)', reason: 'dashboards must be Grafana JSON files named dashboards/<lower-case-name>.json' });
      continue;
    }
    const text = files.get(file)!;
    const json = parseJson(text);
    if (!json.ok) {
      problems.push({ file, path: json.where, reason: `JSON syntax: ${json.reason}` });
      continue;
    }
    const parsed = parseDashboard(json.value);
    if (!parsed.ok) {
      problems.push(...parsed.problems.map((p) => ({ file, path: p.path || '(root)', reason: p.reason })));
      continue;
    }
    const uid = parsed.dashboard.uid;
    const first = fileOfUid.get(uid);
    if (first !== undefined) {
      problems.push({ file, path: 'uid', reason: `uid "${uid}" is already used by ${first}: each dashboard needs its own uid` });
      continue;
    }
    fileOfUid.set(uid, file);
    dashboards.push({ file, dashboard: parsed.dashboard, warnings: parsed.warnings });
  }
  return { dashboards, problems };
}

/** JSON.parse with the failure's line and column (V8 words the reason; positions differ between versions). */
function parseJson(text: string): { ok: true; value: unknown } | { ok: false; where: string; reason: string } {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const at = /at position (\d+)/.exec(message);
    const offset = at ? Number(at[1]) : text.length;
    const reason = message.replace(/\s*in JSON at position \d+.*$/, '').replace(/^Unexpected end of JSON input$/, 'unexpected end of input');
    return { ok: false, where: lineColumn(text, offset), reason };
  }
}

/** `line L, column C` (both from 1) of a character offset, as the YAML problems are located. */
export function lineColumn(text: string, offset: number): string {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - before.lastIndexOf('\n');
  return `line ${line}, column ${column}`;
}
