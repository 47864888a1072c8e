import type { DashboardDocument, DashboardSummary, Result } from '../../contract';
import { err, ok } from '../../contract';
import { exportDashboard, parseDashboard } from '../../engine/dashboards';
import type { Dashboard, DashboardProblem } from '../../engine/dashboards';
import type { AttemptSession } from '../drill/session';
import type { HandlerMap, HostContext } from './context';
import { noDrill } from './drill-handlers';

/**
 * The drill's dashboards: the scenario's `dashboards/*.json`, each replaced by the learner's saved copy
 * when there is one, then the dashboards the learner made. Copies are kept per learner and scenario id
 * (not version), so edits survive a scenario update.
 */
export const dashboardHandlers: HandlerMap = {
  'dashboard.list': (context) => {
    const session = context.session;
    if (!session) return noDrill();
    return ok(dashboardDocuments(context, session).map(({ dashboard: _d, warnings: _w, ...summary }) => summary));
  },
  'dashboard.open': (context, input) => {
    const session = context.session;
    if (!session) return noDrill();
    const document = dashboardDocuments(context, session).find((d) => d.uid === input.uid);
    if (!document) return err('not_found', `no dashboard with uid "${input.uid}" in this drill`, 'uid');
    // Where the learner looked is part of the attempt: a rubric may count `dashboard.open`.
    if (!session.drill.ended && !input.auto) session.record('dashboard.open', { uid: document.uid, title: document.title, source: document.source });
    return ok(document);
  },
  'dashboard.save': (context, input) => {
    const session = context.session;
    if (!session) return noDrill();
    const json = typeof input.dashboard === 'string' ? parseJsonText(input.dashboard) : { ok: true as const, value: input.dashboard };
    if (!json.ok) return json;
    const parsed = parseDashboard(json.value);
    if (!parsed.ok) return err('bad_input', parsed.problems.map(describeProblem).join('; '), 'dashboard');
    const { uid, title } = parsed.dashboard;
    const savedAt = context.store.dashboards.save(learnerId(context, session), session.scenario.id, { uid, title, json: exportDashboard(parsed.dashboard) });
    return ok({ uid, savedAt, warnings: parsed.warnings });
  },
  'dashboard.reset': (context, input) => {
    const session = context.session;
    if (!session) return noDrill();
    const removed = context.store.dashboards.remove(learnerId(context, session), session.scenario.id, input.uid);
    const original = (session.scenario.dashboards ?? []).find((d) => d.dashboard.uid === input.uid);
    if (original) return ok(toDocument(original.dashboard, original.warnings, 'scenario', original.file));
    return removed ? ok(null) : err('not_found', `no dashboard with uid "${input.uid}" in this drill`, 'uid');
  },
};

function learnerId(context: HostContext, session: AttemptSession): number {
  return context.store.learners.ensure(session.learner);
}

/** Every dashboard of the drill in list order, with the learner's copies in place of the scenario's. */
export function dashboardDocuments(context: HostContext, session: AttemptSession): DashboardDocument[] {
  const saved = new Map(context.store.dashboards.list(learnerId(context, session), session.scenario.id).map((row) => [row.uid, row]));
  const fromSaved = (uid: string): { dashboard: Dashboard; warnings: DashboardProblem[] } | undefined => {
    const row = saved.get(uid);
    if (!row) return undefined;
    saved.delete(uid);
    const parsed = parseDashboard(JSON.parse(row.json) as unknown);
    // A copy this build can no longer read falls back to the scenario's rather than hiding the dashboard.
    return parsed.ok ? { dashboard: parsed.dashboard, warnings: parsed.warnings } : undefined;
  };
  const documents: DashboardDocument[] = [];
  for (const original of session.scenario.dashboards ?? []) {
    const copy = fromSaved(original.dashboard.uid);
    documents.push(
      copy ? toDocument(copy.dashboard, copy.warnings, 'saved', original.file) : toDocument(original.dashboard, original.warnings, 'scenario', original.file),
    );
  }
  for (const uid of [...saved.keys()]) {
    const own = fromSaved(uid);
    if (own) documents.push(toDocument(own.dashboard, own.warnings, 'learner'));
  }
  return documents;
}

function toDocument(dashboard: Dashboard, warnings: DashboardProblem[], source: DashboardSummary['source'], file?: string): DashboardDocument {
  const summary: DashboardSummary = { uid: dashboard.uid, title: dashboard.title, tags: dashboard.tags, source };
  if (file !== undefined) summary.file = file;
  return { ...summary, dashboard, warnings };
}

function describeProblem(problem: DashboardProblem): string {
  return problem.path === '' ? problem.reason : `${problem.path}: ${problem.reason}`;
}

/** A dashboard sent as JSON text (pasted into the import dialog): a syntax error names where. */
function parseJsonText(text: string): Result<unknown> {
  try {
    return ok(JSON.parse(text) as unknown);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const at = /at position (\d+)/.exec(message);
    const position = at ? Number(at[1]) : text.length;
    return { ok: false, error: { code: 'bad_input', message: `not valid JSON: ${message}`, field: 'dashboard', position: { start: position, end: position + 1 } } };
  }
}
