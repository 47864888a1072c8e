import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CLOCK_SPEEDS, requestSpecs } from './requests';
import { validateRequest } from './validate';

type BadCase = { name: string; method: string; input: unknown; code: string; field?: string; message?: RegExp };

const bad: BadCase[] = [
  { name: 'unknown request', method: 'drill.explode', input: {}, code: 'unknown_request' },
  { name: 'inherited property is not a request', method: 'toString', input: {}, code: 'unknown_request' },
  { name: '__proto__ is not a request', method: '__proto__', input: {}, code: 'unknown_request' },
  { name: 'request names are case-sensitive', method: 'Drill.Start', input: { scenario: 'x' }, code: 'unknown_request' },
  { name: 'input that is not an object', method: 'drill.view', input: 'hello', code: 'bad_input', field: undefined },
  { name: 'array input', method: 'terminal.exec', input: ['ls'], code: 'bad_input', field: undefined },
  { name: 'scenario of the wrong type', method: 'drill.start', input: { scenario: 5 }, code: 'bad_input', field: 'scenario' },
  { name: 'missing scenario', method: 'drill.start', input: {}, code: 'bad_input', field: 'scenario' },
  { name: 'empty scenario', method: 'drill.start', input: { scenario: '' }, code: 'bad_input', field: 'scenario', message: /required/ },
  { name: 'fractional seed', method: 'drill.start', input: { scenario: 'x', seed: 1.5 }, code: 'bad_input', field: 'seed' },
  { name: 'negative seed', method: 'drill.start', input: { scenario: 'x', seed: -1 }, code: 'bad_input', field: 'seed' },
  { name: 'seed above 2^31-1', method: 'drill.start', input: { scenario: 'x', seed: 2 ** 31 }, code: 'bad_input', field: 'seed' },
  { name: 'blank learner', method: 'drill.start', input: { scenario: 'x', learner: '   ' }, code: 'bad_input', field: 'learner' },
  { name: 'unknown field on an empty request', method: 'drill.view', input: { extra: 1 }, code: 'bad_input', field: 'extra' },
  { name: 'unknown field beside a valid one', method: 'terminal.exec', input: { command: 'ls', cwd: '/' }, code: 'bad_input', field: 'cwd' },
  { name: 'clock speed out of range', method: 'drill.clock', input: { speed: 5 }, code: 'bad_input', field: 'speed', message: /one of 0, 1, 10, 60/ },
  { name: 'negative clock speed', method: 'drill.clock', input: { speed: -1 }, code: 'bad_input', field: 'speed' },
  { name: 'clock speed as a string', method: 'drill.clock', input: { speed: '10' }, code: 'bad_input', field: 'speed' },
  { name: 'missing clock speed', method: 'drill.clock', input: {}, code: 'bad_input', field: 'speed' },
  { name: 'missing command', method: 'terminal.exec', input: {}, code: 'bad_input', field: 'command' },
  { name: 'command of the wrong type', method: 'terminal.exec', input: { command: ['ls'] }, code: 'bad_input', field: 'command' },
  { name: 'over-long command', method: 'terminal.exec', input: { command: 'x'.repeat(4097) }, code: 'bad_input', field: 'command', message: /4096/ },
  { name: 'empty alert name', method: 'alert.acknowledge', input: { alert: '' }, code: 'bad_input', field: 'alert' },
  { name: 'over-long summary', method: 'incident.resolve', input: { summary: 'x'.repeat(4001) }, code: 'bad_input', field: 'summary' },
];

describe('validateRequest: bad inputs', () => {
  it.each(bad)('$name → $code ($field)', ({ method, input, code, field, message }) => {
    const result = validateRequest(method, input);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe(code);
    expect(result.error.field).toBe(field);
    if (message) expect(result.error.message).toMatch(message);
    if (code === 'bad_input') expect(result.error.message.startsWith(`${method}: `)).toBe(true);
  });
});

describe('validateRequest: good inputs', () => {
  it.each([
    ['scenario.list', undefined, {}],
    ['drill.view', null, {}],
    ['drill.start', { scenario: 'checkout-bad-deploy' }, { scenario: 'checkout-bad-deploy' }],
    ['drill.start', { scenario: 's', seed: 0, learner: '  Ann  ' }, { scenario: 's', seed: 0, learner: 'Ann' }],
    ['drill.start', { scenario: 's', seed: 2 ** 31 - 1 }, { scenario: 's', seed: 2 ** 31 - 1 }],
    ['terminal.exec', { command: '' }, { command: '' }],
    ['terminal.exec', { command: 'x'.repeat(4096) }, { command: 'x'.repeat(4096) }],
    ['incident.resolve', {}, { summary: '' }],
    ['incident.resolve', { summary: 'rolled back' }, { summary: 'rolled back' }],
  ] as const)('%s %j', (method, input, expected) => {
    expect(validateRequest(method, input)).toEqual({ ok: true, value: { method, input: expected } });
  });

  it.each(CLOCK_SPEEDS.map((speed) => [speed]))('accepts clock speed %d', (speed) => {
    expect(validateRequest('drill.clock', { speed })).toEqual({ ok: true, value: { method: 'drill.clock', input: { speed } } });
  });
});

describe('validateRequest: properties', () => {
  const methods = Object.keys(requestSpecs);

  it('never throws, whatever the method and input', () => {
    fc.assert(
      fc.property(fc.oneof(fc.constantFrom(...methods), fc.string()), fc.anything({ withNullPrototype: true, withObjectString: true }), (method, input) => {
        const result = validateRequest(method, input);
        expect(typeof result.ok).toBe('boolean');
        if (!result.ok) expect(['unknown_request', 'bad_input']).toContain(result.error.code);
      }),
      { numRuns: 2000 },
    );
  });

  it('refuses every method name that is not a request', () => {
    fc.assert(
      fc.property(
        fc.string().filter((name) => !methods.includes(name)),
        (method) => {
          const result = validateRequest(method, {});
          expect(result.ok).toBe(false);
          if (!result.ok) expect(result.error.code).toBe('unknown_request');
        },
      ),
    );
  });
});
