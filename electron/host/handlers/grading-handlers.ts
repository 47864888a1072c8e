import { ok } from '../../contract';
import { appVersion, exportBundle, importBundle } from '../bundles';
import { classReport, scenarioCache } from '../grading';
import type { HandlerMap } from './context';

/** Attempt bundles out (for the student) and in (for the grader), and the class report. */
export const gradingHandlers: HandlerMap = {
  'attempt.exportBundle': (context, input) => exportBundle(context.store, input.attempt, { appVersion: appVersion(), key: input.key || undefined }),
  'grade.import': (context, input) => {
    const load = scenarioCache(context.store, context.imports.imported);
    return ok(input.files.map((f) => importBundle(context.store, f.name, f.json, input.key || undefined, load)));
  },
  'grade.report': (context, input) => classReport(context.store, input.format, { scenario: input.scenario, learner: input.learner, from: input.from, to: input.to }),
};
