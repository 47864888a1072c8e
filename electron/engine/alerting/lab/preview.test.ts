import { describe, expect, it } from 'vitest';
import { SeriesStore } from '../../tsdb';
import type { RulePreview } from '../timeline';
import { previewRules } from './preview';

const EPOCH = Date.UTC(2026, 2, 13, 10, 0, 0);
const MIN = 60_000;
const at = (hhmmss: string): number => Date.UTC(2026, 2, 13, ...(hhmmss.split(':').map(Number) as [number, number, number]));

/** `errors{service="a"}` every 15s for 30m: 0, then 1 from 10:10:00 until 10:20:00, then 0 again. */
function drillStore(): SeriesStore {
  const store = new SeriesStore();
  const ref = store.ref({ __name__: 'errors', service: 'a' });
  for (let t = 0; t <= 30 * MIN; t += 15_000) store.append(ref, t, t >= 10 * MIN && t < 20 * MIN ? 1 : 0);
  return store;
}

const RULES = `groups:
  - name: recording
    rules:
      - record: service:errors:max
        expr: max by (service) (errors)
  - name: alerts
    rules:
      - alert: Errors
        expr: service:errors:max > 0.5
        for: 1m
        labels: { severity: page }
        annotations: { summary: 'errors on {{ $labels.service }}' }
`;

function preview(store: SeriesStore, from: string, to: string, text = RULES): RulePreview {
  return previewRules(text, { store, epochMs: EPOCH, fromMs: at(from), toMs: at(to), intervalMs: 15_000, file: 'mine.yml' });
}

describe('previewRules', () => {
  it('reports pending and firing spans of each alert over the window, using its own recording rules', () => {
    const p = preview(drillStore(), '10:00:00', '10:30:00');
    expect(p).toEqual({
      ok: true,
      fromMs: at('10:00:00'),
      toMs: at('10:30:00'),
      intervalMs: 15_000,
      rules: [
        { name: 'service:errors:max', kind: 'record', health: 'ok' },
        { name: 'Errors', kind: 'alert', health: 'ok' },
      ],
      timelines: [
        {
          rule: 'Errors',
          labels: { service: 'a', severity: 'page' },
          spans: [
            { state: 'pending', fromMs: at('10:10:00'), toMs: at('10:11:00') },
            { state: 'firing', fromMs: at('10:11:00'), toMs: at('10:20:00') },
          ],
        },
      ],
    });
  });

  it('writes nothing into the drill store', () => {
    const store = drillStore();
    const before = [store.seriesCount, store.sampleCount, store.metricNames()];
    preview(store, '10:00:00', '10:30:00');
    expect([store.seriesCount, store.sampleCount, store.metricNames()]).toEqual(before);
  });

  it('starts `for` afresh at the window start, as for a newly loaded rule, and leaves a span open at its end', () => {
    const p = preview(drillStore(), '10:15:00', '10:18:00');
    expect(p.ok && p.timelines[0]!.spans).toEqual([
      { state: 'pending', fromMs: at('10:15:00'), toMs: at('10:16:00') },
      { state: 'firing', fromMs: at('10:16:00') },
    ]);
  });

  it('evaluates a group with its own interval on that grid, counted from the drill start', () => {
    const store = new SeriesStore();
    const ref = store.ref({ __name__: 'errors', service: 'a' });
    for (let t = 0; t <= 5 * MIN; t += 15_000) store.append(ref, t, t >= 2 * MIN + 15_000 ? 1 : 0);
    const text = (interval: string) => `groups:\n  - name: g\n${interval}    rules:\n      - alert: Errors\n        expr: errors > 0.5\n`;
    const firstFiring = (p: RulePreview) => (p.ok ? p.timelines[0]!.spans[0] : undefined);
    expect(firstFiring(preview(store, '10:00:00', '10:05:00', text('')))).toEqual({ state: 'firing', fromMs: at('10:02:15') });
    expect(firstFiring(preview(store, '10:00:10', '10:05:00', text('    interval: 1m\n')))).toEqual({ state: 'firing', fromMs: at('10:03:00') });
  });

  it('keeps alerts with different labels apart and orders them by rule, then labels', () => {
    const store = drillStore();
    const b = store.ref({ __name__: 'errors', service: 'b' });
    for (let t = 0; t <= 30 * MIN; t += 15_000) store.append(b, t, 1);
    const p = preview(store, '10:00:00', '10:02:00');
    expect(p.ok && p.timelines.map((tl) => [tl.rule, tl.labels.service, tl.spans.map((s) => s.state)])).toEqual([['Errors', 'b', ['pending', 'firing']]]);
    const later = preview(store, '10:09:00', '10:12:00');
    expect(later.ok && later.timelines.map((tl) => tl.labels.service)).toEqual(['a', 'b']);
  });

  it("reports a rule's evaluation error as its health", () => {
    const text = `groups:\n  - name: g\n    rules:\n      - alert: Broken\n        expr: errors + on() group_left errors\n`;
    const store = drillStore();
    const b = store.ref({ __name__: 'errors', service: 'b' });
    store.append(b, 0, 1);
    const p = preview(store, '10:00:00', '10:01:00', text);
    expect(p.ok && p.rules.map((r) => [r.name, r.health, r.lastError !== undefined])).toEqual([['Broken', 'err', true]]);
  });

  it('returns the problems of a broken file with their lines', () => {
    const p = preview(drillStore(), '10:00:00', '10:30:00', 'groups:\n  - name: g\n    rules:\n      - alert: X\n        expr: rate(errors[5m]\n');
    expect(p.ok).toBe(false);
    expect(!p.ok && p.problems[0]).toMatchObject({ file: 'mine.yml', line: 5, rule: 'X' });
  });

  it('refuses a window that needs too many evaluations', () => {
    const p = previewRules(RULES, { store: drillStore(), epochMs: EPOCH, fromMs: EPOCH, toMs: EPOCH + 7 * 24 * 60 * MIN, intervalMs: 15_000 });
    expect(!p.ok && p.problems[0]!.reason).toMatch(/evaluations of group recording/);
  });
});
