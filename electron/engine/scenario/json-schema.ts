import { z } from 'zod';
import { scenarioSchema } from './schema';

/** The scenario.yaml schema as JSON Schema, for editors' completion and checking (cross-field rules stay in zod). */
export function scenarioJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(scenarioSchema, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
  return { ...schema, title: 'Firedrill scenario (scenarios/<id>/scenario.yaml)' };
}
