import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { IdealNext, InstructorView } from '../../../electron/contract/requests';
import { TruthPanel } from './TruthPanel';

// 2026-03-13T10:00:00Z, the checkout scenario's start.
const START = Date.UTC(2026, 2, 13, 10, 0, 0);

const view = (idealNext: IdealNext, nextStep: string | null = null) =>
  ({ learner: { startUnixMs: START }, faults: [], nextStep, idealNext }) as unknown as InstructorView;
const render = (v: InstructorView) => renderToStaticMarkup(createElement(TruthPanel, { view: v }));

describe('TruthPanel', () => {
  it('renders the way out as Markdown, not as its source text', () => {
    const html = render(view({ status: 'building' }, 'Roll back with `kubectl rollout undo`:\n\n- then **watch** the error ratio'));
    expect(html).toContain('<code>kubectl rollout undo</code>');
    expect(html).toContain('<strong>watch</strong>');
    expect(html).not.toContain('**watch**');
  });

  it('names the next step on the ideal path with the expert’s action and its wall-clock time', () => {
    const html = render(
      view({ status: 'next', criterion: 'roll-back', category: 'mitigate', points: 20, advice: 'Roll back the release.', actionType: 'terminal.exec', action: 'kubectl rollout undo deployment/checkout -n shop', t: 240_000, remaining: 3, passed: [] }),
    );
    expect(html).toContain('<strong>roll back</strong> (mitigate, 20 points)');
    expect(html).toContain('<code>kubectl rollout undo deployment/checkout -n shop</code>');
    expect(html).toContain('10:04:00 UTC (T+4:00)');
    expect(html).toContain('Roll back the release.');
    expect(html).toContain('2 more after this one.');
    expect(html).not.toContain('Missed for good');
  });

  it('lists under the next step the expert’s steps the learner missed for good, with their points and why', () => {
    const passed = [
      { criterion: 'acknowledge-page', points: 10, reason: 'its window closed 5m after alert.fired, at 10:08:15 UTC' },
      { criterion: 'declare-promptly', points: 5, reason: 'its window closed 5m after alert.fired, at 10:08:15 UTC' },
    ];
    const html = render(view({ status: 'next', criterion: 'roll-back', category: 'mitigate', points: 20, advice: '', actionType: 'terminal.exec', action: 'kubectl rollout undo', t: 240_000, remaining: 1, passed }));
    expect(html).toContain('The last criterion the expert earned that the learner can still earn.');
    const missed = html.slice(html.indexOf('data-testid="ideal-passed"'));
    expect(missed).toContain(
      'Missed for good: <span><strong>acknowledge page</strong> (10 points) — its window closed 5m after alert.fired, at 10:08:15 UTC</span><span>; <strong>declare promptly</strong> (5 points) — its window closed 5m after alert.fired, at 10:08:15 UTC</span>.',
    );
    // Under the next step, not before it.
    expect(html.indexOf('Missed for good')).toBeGreaterThan(html.indexOf('<strong>roll back</strong>'));
  });

  it('marks red herrings and the faults of the library among the faults', () => {
    const faults = [
      { id: 'bad-deploy', kind: 'bad-deploy', target: 'checkout', redHerring: false, state: 'active', startedAt: 120_000 },
      { id: 'noisy-disk', kind: 'disk-fill', target: 'db-1', redHerring: true, state: 'waiting' },
      { id: 'slow-gateway', kind: 'dependency-slow', target: 'card-gateway', redHerring: false, state: 'waiting' },
    ];
    const html = render({ ...view({ status: 'building' }), faults, faultLibrary: [{ id: 'slow-gateway', title: 'Slow gateway', kind: 'dependency-slow', target: 'card-gateway', state: 'waiting' }] } as unknown as InstructorView);
    expect(html).toContain('<strong>bad-deploy</strong> (bad-deploy on checkout): active, started');
    expect(html).toContain('<strong>noisy-disk</strong> (disk-fill on db-1) — red herring: waiting');
    expect(html).toContain('<strong>slow-gateway</strong> (dependency-slow on card-gateway) — fault library: waiting');
  });

  it('says so when the learner has earned everything the expert did, and while the path is worked out', () => {
    expect(render(view({ status: 'caught-up', steps: 12, passed: [] }))).toContain('earned all 12 criteria the expert earned');
    expect(render(view({ status: 'building' }))).toContain('Working out the ideal path');
    expect(render(view({ status: 'unavailable', reason: 'the scenario has no expert script' }))).toContain('No ideal path to follow: the scenario has no expert script.');
  });

  it('does not say the learner earned everything when the rest of the expert’s steps were missed for good', () => {
    const passed = [{ criterion: 'resolve-after-recovery', points: 10, reason: 'its window closed at the first incident.resolve, at 10:07:00 UTC' }];
    const html = render(view({ status: 'caught-up', steps: 12, passed }));
    expect(html).not.toContain('earned all');
    expect(html).toContain('Nothing left to earn on the ideal path: the learner earned 11 of the 12 criteria the expert earned.');
    expect(html).toContain('Missed for good: <span><strong>resolve after recovery</strong> (10 points) — its window closed at the first incident.resolve, at 10:07:00 UTC</span>.');
  });
});
