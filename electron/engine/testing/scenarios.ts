import { scenarioSchema } from '../scenario';
import type { Scenario, ScenarioDocument } from '../scenario';

/** Fields of a scenario document a test may override (the world and lists replace the defaults whole). */
export type ScenarioOverrides = Partial<Record<keyof ScenarioDocument, unknown>>;

/** A small valid scenario document: one host, one entry service, one rubric criterion; fast to simulate. */
export function testScenarioDocument(overrides: ScenarioOverrides = {}): ScenarioDocument {
  return scenarioSchema.parse({
    title: 'test',
    summary: 'a scenario for tests',
    start: '2026-03-13T10:00:00Z',
    duration: '10m',
    seed: 1,
    history: '30m',
    world: {
      hosts: [{ name: 'node-a', cpus: 4, memory_gb: 16 }],
      services: [{ name: 'api', replicas: 2, version: 'v1', traffic: { rps: 20 }, latency_ms: 50, error_ratio: 0 }],
    },
    rubric: [{ id: 'end', category: 'process', points: 1, when: { event: 'drill.end' }, feedback: { met: 'y', missed: 'n' } }],
    ...overrides,
  });
}

export function testScenario(overrides: ScenarioOverrides = {}, id = 'test', version = 'v-test'): Scenario {
  return { id, version, doc: testScenarioDocument(overrides) };
}
