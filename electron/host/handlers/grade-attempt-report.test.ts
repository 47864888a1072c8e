import { afterEach, describe, expect, it } from 'vitest';
import type { Backend } from '../backend';
import { backendWith, playScript } from '../bundles/test-support';
import { valueOf } from './handler-testing';

const SCENARIO = 'checkout-bad-deploy';
let opened: Backend | undefined;
afterEach(() => opened?.close());

describe('grade.attemptReport', () => {
  it("answers an attempt's printable HTML report, named after the attempt, learner and scenario", async () => {
    opened = backendWith([SCENARIO], 'Grace Hopper');
    const { attempt, score } = await playScript(opened, SCENARIO, 'novice');
    const report = valueOf(await opened.invoke('grade.attemptReport', { attempt }));
    expect(report.filename).toBe(`firedrill-attempt-${attempt}-Grace-Hopper-${SCENARIO}.html`);
    expect(report.html).toMatch(/^<!doctype html>/i);
    expect(report.html).toContain('Grace Hopper');
    expect(report.html).toContain(`${score.total}`);
  }, 60_000);

  it('refuses an attempt that does not exist, naming it', async () => {
    opened = backendWith([SCENARIO]);
    expect(await opened.invoke('grade.attemptReport', { attempt: 42 })).toEqual({ ok: false, error: { code: 'not_found', message: 'no attempt 42', field: 'attempt' } });
  });
});
