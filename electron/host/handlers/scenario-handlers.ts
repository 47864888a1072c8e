import type { ScenarioSummary } from '../../contract';
import { ok } from '../../contract';
import type { Scenario } from '../../engine/scenario';
import { defaultDifficulty, difficultyLevels } from '../../engine/scenario';
import { importScenarioFiles } from '../scenarios/catalog';
import type { HandlerMap } from './context';

function summaryOf(scenario: Scenario): ScenarioSummary {
  const { title, summary, seed, duration } = scenario.doc;
  const difficulties = difficultyLevels(scenario.doc).map(({ id, label, description, noise, red_herrings, hints, deadlines }) => ({ id, label, description, noise, redHerrings: red_herrings, hints, deadlines }));
  return { id: scenario.id, version: scenario.version, title, summary, seed, duration, difficulties, defaultDifficulty: defaultDifficulty(scenario.doc), hintCount: scenario.doc.incident.hints.length };
}

export const scenarioHandlers: HandlerMap = {
  'scenario.list': (context) =>
    ok(
      context.store.scenarios.listNewest().flatMap((stored) => {
        const scenario = context.imports.imported.find((s) => s.id === stored.id && s.version === stored.version);
        return scenario ? [summaryOf(scenario)] : [];
      }),
    ),
  'scenario.problems': (context) => ok(context.imports.problems),
  'scenario.import': (context, input) => {
    const result = importScenarioFiles(context.store, input.id, input.files);
    if (!result.ok) return ok({ problems: result.problems });
    const { imported } = context.imports;
    if (!imported.some((s) => s.id === result.scenario.id && s.version === result.scenario.version)) imported.push(result.scenario);
    return ok({ imported: summaryOf(result.scenario), problems: [] });
  },
};
