import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TICK_MS } from '../../engine/sim/clock';
import type { Backend } from '../backend';
import { startedBackend, valueOf } from '../handlers/handler-testing';

const MINUTE = 60_000;
const PIN = '4711';

let backend: Backend;
beforeEach(async () => {
  backend = await startedBackend('checkout-bad-deploy', 'ada');
});
afterEach(() => backend.close());

const session = () => backend.context.session!;
const eventTypes = () => session().events().map((e) => e.type);
const libraryState = async () => valueOf(await backend.invoke('instructor.view', {})).faultLibrary.map((f) => [f.id, f.state]);

describe('instructor.injectFault', () => {
  it('is refused while the console is locked, and nothing is logged', async () => {
    const result = await backend.invoke('instructor.injectFault', { fault: 'card-gateway-slow' });
    expect(result).toEqual({ ok: false, error: { code: 'conflict', message: expect.stringContaining('the instructor console is locked') } });
    expect(eventTypes()).toEqual(['drill.start']);
  });

  describe('with the console unlocked', () => {
    beforeEach(async () => {
      valueOf(await backend.invoke('instructor.setPin', { pin: PIN }));
    });

    it('lists the scenario’s library with titles, targets and every fault waiting', async () => {
      const view = valueOf(await backend.invoke('instructor.view', {}));
      expect(view.faultLibrary).toEqual([
        { id: 'card-gateway-slow', title: 'Card gateway answering slowly', kind: 'dependency-slow', target: 'card-gateway', state: 'waiting' },
        { id: 'payments-pod-crashloop', title: 'A payments pod crash-looping', kind: 'instance-crash', target: 'payments', state: 'waiting' },
      ]);
    });

    it.each([
      ['a fault the scenario does not have', 'no-such-fault'],
      ['the incident’s own fault (not in the library)', 'bad-deploy'],
    ])('refuses %s on the field fault, naming the library, and logs nothing', async (_, fault) => {
      const result = await backend.invoke('instructor.injectFault', { fault });
      expect(result).toEqual({
        ok: false,
        error: { code: 'not_found', field: 'fault', message: expect.stringContaining('library: card-gateway-slow, payments-pod-crashloop') },
      });
      expect(eventTypes()).toEqual(['drill.start']);
    });

    it('logs one event and the view follows the fault from waiting to injected to active', async () => {
      session().advanceTo(3 * MINUTE);
      const outcome = valueOf(await backend.invoke('instructor.injectFault', { fault: 'payments-pod-crashloop' }));
      expect(outcome).toEqual({ type: 'instructor.injectFault', fault: 'payments-pod-crashloop', started: true });
      expect(session().events().filter((e) => e.type === 'instructor.injectFault')).toEqual([
        expect.objectContaining({ t: 3 * MINUTE, payload: { fault: 'payments-pod-crashloop' } }),
      ]);
      // Sent but not yet started: the fault starts on the next tick.
      expect(await libraryState()).toEqual([
        ['card-gateway-slow', 'waiting'],
        ['payments-pod-crashloop', 'injected'],
      ]);
      session().advanceTo(3 * MINUTE + TICK_MS);
      expect(await libraryState()).toEqual([
        ['card-gateway-slow', 'waiting'],
        ['payments-pod-crashloop', 'active'],
      ]);
      const view = valueOf(await backend.invoke('instructor.view', {}));
      expect(view.faults.find((f) => f.id === 'payments-pod-crashloop')).toMatchObject({ state: 'active', startedAt: 3 * MINUTE + TICK_MS });
      expect(view.interventions.map((i) => i.label)).toEqual([expect.stringMatching(/injected fault "payments-pod-crashloop"$/)]);
      // Once is enough: a second injection is refused and not logged.
      const again = await backend.invoke('instructor.injectFault', { fault: 'payments-pod-crashloop' });
      expect(again).toEqual({ ok: false, error: { code: 'conflict', field: 'fault', message: 'fault "payments-pod-crashloop" was already injected' } });
      expect(eventTypes().filter((t) => t === 'instructor.injectFault')).toHaveLength(1);
    });

    it('counts as an intervention: points earned after it are marked on the score', async () => {
      session().advanceTo(3 * MINUTE);
      valueOf(await backend.invoke('terminal.exec', { command: 'kubectl rollout history deployment/checkout -n shop' }));
      session().advanceTo(4 * MINUTE);
      valueOf(await backend.invoke('instructor.injectFault', { fault: 'card-gateway-slow' }));
      valueOf(await backend.invoke('terminal.exec', { command: 'kubectl rollout undo deployment/checkout -n shop' }));
      const start = valueOf(await backend.invoke('drill.view', {})).startUnixMs;
      const score = valueOf(await backend.invoke('instructor.end', {}));
      const marker = `earned after an instructor intervention at ${new Date(start + 4 * MINUTE).toISOString().slice(11, 19)} UTC`;
      const rollBack = score.criteria.find((c) => c.id === 'roll-back')!;
      expect(rollBack.points).toBeGreaterThan(0);
      expect(rollBack.details).toContain(marker);
      const inspect = score.criteria.find((c) => c.id === 'inspect-workload')!;
      expect(inspect.points).toBeGreaterThan(0);
      expect(inspect.details ?? []).not.toContain(marker);
    });
  });
});
