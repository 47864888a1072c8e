import { ok } from '../../contract';
import type { HandlerMap } from './context';

export const scenarioHandlers: HandlerMap = {
  'scenario.list': (context) =>
    ok(
      context.store.scenarios.listNewest().flatMap((stored) => {
        const scenario = context.imports.imported.find((s) => s.id === stored.id && s.version === stored.version);
        if (!scenario) return [];
        const { title, summary, seed, duration } = scenario.doc;
        return [{ id: stored.id, version: stored.version, title, summary, seed, duration }];
      }),
    ),
  'scenario.problems': (context) => ok(context.imports.problems),
};
