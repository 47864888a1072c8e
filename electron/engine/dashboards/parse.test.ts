import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Dashboard, ParsedDashboard } from './model';
import { parseDashboard } from './parse';

function ok(result: ParsedDashboard): { dashboard: Dashboard; warnings: { path: string; reason: string }[] } {
  if (!result.ok) throw new Error(`unexpected problems: ${JSON.stringify(result.problems)}`);
  return result;
}

function problems(result: ParsedDashboard): string[] {
  if (result.ok) throw new Error('expected problems');
  return result.problems.map((p) => p.path);
}

describe('parseDashboard defaults', () => {
  it("fills Grafana's dashboard defaults", () => {
    const { dashboard } = ok(parseDashboard({ uid: 'abc', title: 'T' }));
    expect(dashboard.time).toEqual({ from: 'now-6h', to: 'now' });
    expect(dashboard.refresh).toBe(false);
    expect(dashboard.graphTooltip).toBe(0);
    expect(dashboard.tags).toEqual([]);
    expect(dashboard.templating).toEqual({ list: [] });
    expect(dashboard.panels).toEqual([]);
  });

  it('fills panel defaults for data panels only', () => {
    const { dashboard } = ok(parseDashboard({ uid: 'abc', title: 'T', panels: [{ id: 1, type: 'stat' }, { id: 2, type: 'text', gridPos: { x: 12, y: 0, w: 12, h: 3 } }] }));
    expect(dashboard.panels[0]).toEqual({
      id: 1, type: 'stat', title: '', gridPos: { x: 0, y: 0, w: 12, h: 9 },
      fieldConfig: { defaults: {}, overrides: [] }, options: {}, targets: [],
    });
    expect(dashboard.panels[1]!.targets).toBeUndefined();
  });

  it('reads JSON text and an empty refresh string', () => {
    const { dashboard } = ok(parseDashboard('{"uid":"abc","title":"T","refresh":""}'));
    expect(dashboard.refresh).toBe(false);
  });

  it('keeps unknown keys everywhere', () => {
    const { dashboard } = ok(parseDashboard({ uid: 'abc', title: 'T', weekStart: 'monday', panels: [{ id: 1, type: 'timeseries', pluginVersion: '10.2.2', targets: [{ refId: 'A', expr: 'up', editorMode: 'code' }] }] }));
    expect(dashboard.weekStart).toBe('monday');
    expect(dashboard.panels[0]!.pluginVersion).toBe('10.2.2');
    expect(dashboard.panels[0]!.targets![0]!.editorMode).toBe('code');
  });

  it('does not change its input', () => {
    const input = { uid: 'abc', title: 'T', panels: [{ type: 'stat', gridPos: { x: 30, y: 0, w: 40, h: 2 } }] };
    const copy = structuredClone(input);
    parseDashboard(input);
    expect(input).toEqual(copy);
  });
});

describe('parseDashboard fixes with warnings', () => {
  it('clamps a grid position to the 24 columns, naming the path', () => {
    const panels = [0, 1, 2].map((id) => ({ id, type: 'stat', gridPos: { x: 0, y: id * 9, w: 6, h: 9 } }));
    panels.push({ id: 3, type: 'stat', gridPos: { x: 0, y: 40, w: 30, h: 9 } });
    const { dashboard, warnings } = ok(parseDashboard({ uid: 'abc', title: 'T', panels }));
    expect(dashboard.panels[3]!.gridPos.w).toBe(24);
    expect(warnings.map((w) => w.path)).toEqual(['panels[3].gridPos.w']);
  });

  it('moves x back onto the grid and narrows a panel running off the right edge', () => {
    const { dashboard, warnings } = ok(parseDashboard({ uid: 'abc', title: 'T', panels: [
      { id: 1, type: 'stat', gridPos: { x: 30, y: 0, w: 6, h: 2 } },
      { id: 2, type: 'stat', gridPos: { x: 20, y: 2, w: 8, h: 2 } },
    ] }));
    expect(dashboard.panels.map((p) => [p.gridPos.x, p.gridPos.w])).toEqual([[18, 6], [20, 4]]);
    expect(warnings.map((w) => w.path)).toEqual(['panels[0].gridPos.x', 'panels[1].gridPos.w']);
  });

  it('gives missing and repeated panel ids the next free number', () => {
    const { dashboard, warnings } = ok(parseDashboard({ uid: 'abc', title: 'T', panels: [
      { id: 4, type: 'stat', gridPos: { x: 0, y: 0, w: 6, h: 2 } },
      { id: 4, type: 'stat', gridPos: { x: 6, y: 0, w: 6, h: 2 } },
      { type: 'stat', gridPos: { x: 12, y: 0, w: 6, h: 2 } },
    ] }));
    expect(dashboard.panels.map((p) => p.id)).toEqual([4, 5, 6]);
    expect(warnings.map((w) => w.path)).toEqual(['panels[1].id', 'panels[2].id']);
  });

  it('derives a missing uid from the title', () => {
    const { dashboard, warnings } = ok(parseDashboard({ title: 'Checkout — Overview!' }));
    expect(dashboard.uid).toBe('checkout-overview');
    expect(warnings[0]!.path).toBe('uid');
  });

  it('keeps unknown panel types with a warning', () => {
    const { dashboard, warnings } = ok(parseDashboard({ uid: 'abc', title: 'T', panels: [{ id: 1, type: 'piechart', options: { pieType: 'pie' } }] }));
    expect(dashboard.panels[0]!.options).toEqual({ pieType: 'pie' });
    expect(warnings).toEqual([{ path: 'panels[0].type', reason: 'unsupported panel type "piechart": kept as it is' }]);
  });

  it('reads both row forms and sorts panels top to bottom', () => {
    const { dashboard } = ok(parseDashboard({ uid: 'abc', title: 'T', panels: [
      { id: 3, type: 'stat', gridPos: { x: 0, y: 1, w: 6, h: 2 } },
      { id: 1, type: 'row', gridPos: { x: 0, y: 0, w: 24, h: 1 } },
      { id: 2, type: 'row', collapsed: true, gridPos: { x: 0, y: 3, w: 24, h: 1 }, panels: [{ id: 5, type: 'gauge', gridPos: { x: 0, y: 4, w: 6, h: 2 } }] },
    ] }));
    expect(dashboard.panels.map((p) => p.id)).toEqual([1, 3, 2]);
    expect(dashboard.panels[0]).toMatchObject({ collapsed: false, panels: [] });
    expect(dashboard.panels[2]!.panels![0]!.fieldConfig).toEqual({ defaults: {}, overrides: [] });
  });
});

describe('parseDashboard problems', () => {
  it('rejects what is not a dashboard object', () => {
    for (const input of [null, 42, 'nope', '[1]', [], '{']) expect(problems(parseDashboard(input))).toEqual(['']);
  });

  it('names the path of fatal faults', () => {
    expect(problems(parseDashboard({ uid: 'abc', panels: {} }))).toEqual(['panels']);
    expect(problems(parseDashboard({ uid: 'abc', panels: [{ id: 1, type: 'stat' }, 7] }))).toEqual(['panels[1]']);
    expect(problems(parseDashboard({ uid: 'x'.repeat(41) }))).toEqual(['uid']);
    expect(problems(parseDashboard({ uid: 'a b' }))).toEqual(['uid']);
    expect(problems(parseDashboard({ uid: 'abc', panels: [{ id: 1, type: 'row', panels: [{ id: 2 }] }] }))).toEqual(['panels[0].panels[0].type']);
    expect(problems(parseDashboard({ uid: 'abc', templating: { list: [{ type: 'custom' }] } }))).toEqual(['templating.list[0].name']);
  });

  it('accepts a uid of exactly 40 characters', () => {
    expect(parseDashboard({ uid: 'x'.repeat(40) }).ok).toBe(true);
  });

  it('never throws on arbitrary JSON values', () => {
    fc.assert(fc.property(fc.jsonValue(), (value) => {
      parseDashboard(value);
      parseDashboard(JSON.stringify(value));
    }), { numRuns: 300 });
  });

  it('never throws on arbitrary dashboard-like objects', () => {
    const panel = fc.record({ id: fc.oneof(fc.integer(), fc.string()), type: fc.constantFrom('row', 'stat', 'text', 'piechart', ''), gridPos: fc.jsonValue(), panels: fc.jsonValue(), targets: fc.jsonValue() }, { requiredKeys: [] });
    fc.assert(fc.property(fc.record({ uid: fc.jsonValue(), panels: fc.array(panel), templating: fc.jsonValue(), time: fc.jsonValue() }, { requiredKeys: [] }), (value) => {
      parseDashboard(value);
    }), { numRuns: 300 });
  });
});
