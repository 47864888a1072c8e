import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scenarioJsonSchema } from './json-schema';

describe('scenario JSON Schema', () => {
  it('the committed scenarios/scenario.schema.json is up to date (run npm run schema)', () => {
    const committed = JSON.parse(readFileSync(resolve(__dirname, '../../../scenarios/scenario.schema.json'), 'utf8'));
    expect(committed).toEqual(scenarioJsonSchema());
  });

  it('describes the required top-level fields of scenario.yaml', () => {
    const schema = scenarioJsonSchema() as { required?: string[]; properties?: Record<string, unknown> };
    expect(schema.required).toEqual(expect.arrayContaining(['title', 'summary', 'start', 'duration', 'seed', 'world', 'rubric']));
    expect(Object.keys(schema.properties ?? {})).toContain('faults');
  });
});
