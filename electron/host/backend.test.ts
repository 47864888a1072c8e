import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createBackend } from './backend';
import type { Backend } from './backend';

const BUNDLED = fileURLToPath(new URL('../../scenarios/checkout-bad-deploy', import.meta.url));

let backend: Backend;
beforeEach(() => {
  backend = createBackend({ dbPath: ':memory:', scenarioFolders: [BUNDLED], live: false });
});
afterEach(() => backend.close());

const invoke = (method: string, input: unknown) => backend.invoke(method as never, input as never);

describe('createBackend', () => {
  it('validates requests before any handler runs', async () => {
    expect(await invoke('drill.nope', {})).toMatchObject({ ok: false, error: { code: 'unknown_request' } });
    expect(await invoke('drill.clock', { speed: 2 })).toMatchObject({ ok: false, error: { code: 'bad_input', field: 'speed' } });
  });

  it('answers drill requests with no_drill before a drill starts', async () => {
    for (const [method, input] of [['drill.view', {}], ['terminal.exec', { command: 'help' }], ['drill.end', {}], ['score.get', {}]] as const) {
      expect(await invoke(method, input)).toMatchObject({ ok: false, error: { code: 'no_drill' } });
    }
  });

  it('names the field of a scenario or alert that does not exist', async () => {
    expect(await invoke('drill.start', { scenario: 'nope' })).toMatchObject({ ok: false, error: { code: 'not_found', field: 'scenario' } });
    expect(await invoke('drill.start', { scenario: 'checkout-bad-deploy', version: 'deadbeef' })).toMatchObject({ ok: false, error: { code: 'not_found', field: 'version' } });
    await invoke('drill.start', { scenario: 'checkout-bad-deploy' });
    expect(await invoke('alert.acknowledge', { alert: 'Nope' })).toMatchObject({ ok: false, error: { code: 'not_found', field: 'alert' } });
  });

  it('starts with the scenario seed unless one is given', async () => {
    expect(await invoke('drill.start', { scenario: 'checkout-bad-deploy' })).toMatchObject({ ok: true, value: { seed: 20260313 } });
    expect(await invoke('drill.start', { scenario: 'checkout-bad-deploy', seed: 5 })).toMatchObject({ ok: true, value: { seed: 5 } });
  });

  it('refuses actions once the drill has ended, but still reports the score', async () => {
    await invoke('drill.start', { scenario: 'checkout-bad-deploy' });
    const end = await invoke('drill.end', {});
    expect(end).toMatchObject({ ok: true, value: { scenario: 'checkout-bad-deploy' } });
    expect(await invoke('terminal.exec', { command: 'help' })).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(await invoke('drill.clock', { speed: 10 })).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(await invoke('score.get', {})).toEqual(end);
  });

  it('lists the imported scenario', async () => {
    const list = await invoke('scenario.list', {});
    expect(list).toMatchObject({ ok: true, value: [{ id: 'checkout-bad-deploy', seed: 20260313, duration: '15m' }] });
    expect(await invoke('scenario.problems', {})).toEqual({ ok: true, value: [] });
  });
});
