// Every fixture (real Grafana export shapes) imports without problems and survives export and re-import.
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { exportDashboard } from './export';
import type { Dashboard, Panel } from './model';
import { parseDashboard } from './parse';

const TESTDATA = join(dirname(fileURLToPath(import.meta.url)), 'testdata');
const fixtureNames = (): string[] => readdirSync(TESTDATA).filter((f) => f.endsWith('.json')).sort();
const readFixture = (name: string): unknown => JSON.parse(readFileSync(join(TESTDATA, name), 'utf8')) as unknown;

function parsed(input: unknown): Dashboard {
  const result = parseDashboard(input);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.dashboard;
}

describe('fixtures', () => {
  it('are all present', () => {
    expect(fixtureNames()).toEqual(['api-wrapper.json', 'every-panel.json', 'shared-external.json', 'variables.json']);
  });

  for (const name of fixtureNames()) {
    it(`${name} round-trips through export`, () => {
      const once = parsed(readFixture(name));
      expect(parsed(exportDashboard(once))).toEqual(once);
    });
  }

  for (const name of fixtureNames()) {
    it(`${name}: the export still holds every key and value Grafana wrote`, () => {
      const fixture = readFixture(name) as { dashboard?: unknown };
      const exported = JSON.parse(exportDashboard(parsed(fixture))) as unknown;
      expect(exported).toMatchObject((fixture.dashboard ?? fixture) as object);
    });
  }

  it('keeps every panel type, rows folded and unfolded, and the unknown piechart', () => {
    const result = parseDashboard(readFixture('every-panel.json'));
    if (!result.ok) throw new Error('expected ok');
    const all: Panel[] = result.dashboard.panels.flatMap((p) => [p, ...(p.panels ?? [])]);
    expect(new Set(all.map((p) => p.type))).toEqual(new Set(['timeseries', 'stat', 'gauge', 'bargauge', 'table', 'heatmap', 'logs', 'text', 'row', 'piechart']));
    expect(result.warnings).toEqual([{ path: 'panels[8].type', reason: 'unsupported panel type "piechart": kept as it is' }]);
    const folded = result.dashboard.panels.find((p) => p.id === 11)!;
    expect(folded.panels!.map((p) => p.id)).toEqual([7, 8]);
    const pie = all.find((p) => p.type === 'piechart')!;
    expect(pie.options).toEqual({ legend: { displayMode: 'table', placement: 'right' }, pieType: 'donut' });
    expect(pie.fieldConfig).toBeUndefined();
  });

  it('keeps the sharing-export inputs and leads the export with them', () => {
    const d = parsed(readFixture('shared-external.json'));
    expect(d.panels[0]!.datasource).toEqual({ type: 'prometheus', uid: '${DS_PROMETHEUS}' });
    const text = exportDashboard(d);
    expect(Object.keys(JSON.parse(text) as object).slice(0, 4)).toEqual(['__inputs', '__elements', '__requires', 'annotations']);
  });

  it('unwraps the HTTP API form', () => {
    const d = parsed(readFixture('api-wrapper.json'));
    expect(d.uid).toBe('api-wrapped');
    expect(d.meta).toBeUndefined();
  });
});
