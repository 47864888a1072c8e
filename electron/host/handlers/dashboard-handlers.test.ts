import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Backend } from '../backend';
import { startedBackend, valueOf as value } from './handler-testing';

let backend: Backend;
beforeEach(async () => {
  backend = await startedBackend('checkout-bad-deploy', 'ada');
});
afterEach(() => backend.close());

const session = () => backend.context.session!;

describe('dashboard.list and dashboard.open', () => {
  it("lists the scenario's home dashboard first, then the others in file order", async () => {
    const list = value(await backend.invoke('dashboard.list', {}));
    expect(list.map((d) => [d.uid, d.source, d.file])).toEqual([
      ['service-overview', 'scenario', 'dashboards/service-overview.json'],
      ['node', 'scenario', 'dashboards/node.json'],
    ]);
    expect(list[0]!.title).toBe('Service overview');
  });

  it('opens a dashboard and records the opening as a drill event; an unknown uid is not found and not recorded', async () => {
    const opened = value(await backend.invoke('dashboard.open', { uid: 'service-overview' }));
    expect(opened.dashboard.templating.list.map((v) => v.name)).toEqual(['service', 'instance']);
    expect(session().events().at(-1)).toMatchObject({ type: 'dashboard.open', payload: { uid: 'service-overview', source: 'scenario' } });
    const before = session().events().length;
    expect(await backend.invoke('dashboard.open', { uid: 'nope' })).toMatchObject({ ok: false, error: { code: 'not_found', field: 'uid' } });
    expect(session().events()).toHaveLength(before);
  });

  it('does not record an open the app made by itself (the home dashboard at the start)', async () => {
    const before = session().events().length;
    expect(value(await backend.invoke('dashboard.open', { uid: 'node', auto: true })).uid).toBe('node');
    expect(session().events()).toHaveLength(before);
  });
});

describe('dashboard.save and dashboard.reset', () => {
  it("saves the learner's edit in place of the scenario's, and reset brings the scenario's back", async () => {
    const original = value(await backend.invoke('dashboard.open', { uid: 'service-overview' })).dashboard;
    const saved = value(await backend.invoke('dashboard.save', { dashboard: { ...original, title: 'My overview' } }));
    expect(saved.uid).toBe('service-overview');
    expect(Number.isNaN(Date.parse(saved.savedAt))).toBe(false);

    const list = value(await backend.invoke('dashboard.list', {}));
    expect(list.find((d) => d.uid === 'service-overview')).toMatchObject({ title: 'My overview', source: 'saved', file: 'dashboards/service-overview.json' });
    expect(value(await backend.invoke('dashboard.open', { uid: 'service-overview' })).dashboard.title).toBe('My overview');

    const reset = value(await backend.invoke('dashboard.reset', { uid: 'service-overview' }));
    expect(reset).toMatchObject({ uid: 'service-overview', title: 'Service overview', source: 'scenario' });
    expect(value(await backend.invoke('dashboard.list', {})).find((d) => d.uid === 'service-overview')?.source).toBe('scenario');
  });

  it("adds a learner's own dashboard (also sent as JSON text); reset removes it and answers null", async () => {
    const own = { uid: 'mine', title: 'Mine', schemaVersion: 39, panels: [{ id: 1, type: 'stat', title: 'Up', gridPos: { x: 0, y: 0, w: 6, h: 4 }, targets: [{ refId: 'A', expr: 'up' }] }] };
    value(await backend.invoke('dashboard.save', { dashboard: JSON.stringify(own) }));
    const list = value(await backend.invoke('dashboard.list', {}));
    expect(list.at(-1)).toMatchObject({ uid: 'mine', title: 'Mine', source: 'learner' });
    expect(list.at(-1)?.file).toBeUndefined();
    expect(value(await backend.invoke('dashboard.reset', { uid: 'mine' }))).toBeNull();
    expect(value(await backend.invoke('dashboard.list', {})).map((d) => d.uid)).not.toContain('mine');
    expect(await backend.invoke('dashboard.reset', { uid: 'mine' })).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });

  it('keeps copies per learner: another learner sees the scenario version', async () => {
    const original = value(await backend.invoke('dashboard.open', { uid: 'node' })).dashboard;
    value(await backend.invoke('dashboard.save', { dashboard: { ...original, title: "Ada's nodes" } }));
    await backend.invoke('drill.start', { scenario: 'checkout-bad-deploy', learner: 'bea' });
    expect(value(await backend.invoke('dashboard.list', {})).find((d) => d.uid === 'node')).toMatchObject({ title: 'Node', source: 'scenario' });
    await backend.invoke('drill.start', { scenario: 'checkout-bad-deploy', learner: 'ada' });
    expect(value(await backend.invoke('dashboard.list', {})).find((d) => d.uid === 'node')).toMatchObject({ title: "Ada's nodes", source: 'saved' });
  });

  it('refuses what import cannot read, naming the JSON path, and saves nothing', async () => {
    const bad = await backend.invoke('dashboard.save', { dashboard: { uid: 'x', title: 'X', panels: 'not a list' } });
    expect(bad).toMatchObject({ ok: false, error: { code: 'bad_input', field: 'dashboard' } });
    if (!bad.ok) expect(bad.error.message).toMatch(/panels/);
    const text = await backend.invoke('dashboard.save', { dashboard: '{"uid": "x",' });
    expect(text).toMatchObject({ ok: false, error: { code: 'bad_input', field: 'dashboard' } });
    expect(value(await backend.invoke('dashboard.list', {})).map((d) => d.uid)).toEqual(['service-overview', 'node']);
  });
});
