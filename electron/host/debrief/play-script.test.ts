// The back end first: it loads every handler module before the debrief modules that play scripts through them.
import { bundledFolder } from '../handlers/handler-testing';
import { describe, expect, it } from 'vitest';
import { readScenarioFolder } from '../scenarios/read-folder';
import { playScript } from './play-script';

const folder = readScenarioFolder(bundledFolder('checkout-bad-deploy'));
const stored = { id: 'checkout-bad-deploy', version: folder.version, title: 'Checkout', files: Object.fromEntries(folder.files) };

describe('playing a script in a back end of its own', () => {
  it('sends each request at its time, keeps going past a refused one, and stops at drill.end', () => {
    const run = playScript(stored, {
      seed: 7,
      actions: [
        { at: 30_000, request: 'terminal.exec', input: { command: 42 } },
        { at: 45_000, request: 'terminal.exec', input: { command: 'kubectl get pods -n shop' } },
        { at: 90_000, request: 'drill.end', input: {} },
      ],
    });
    if ('error' in run) throw new Error(run.error);
    expect(run.warnings).toHaveLength(1);
    expect(run.warnings[0]).toMatch(/^actions\[0\] terminal\.exec: /);
    expect(run.events.map((e) => [e.t, e.type])).toEqual([
      [0, 'drill.start'],
      [45_000, 'terminal.exec'],
      [90_000, 'drill.end'],
    ]);
    expect(run.drill.seed).toBe(7);
    expect(run.drill.ended).toBe(true);
    expect(run.drill.now).toBe(90_000);
  });

  it('says why when the drill cannot start', () => {
    expect(playScript(stored, { seed: 1, difficulty: 'no-such-level', actions: [] })).toMatchObject({ error: expect.stringMatching(/no-such-level/) });
  });
});
