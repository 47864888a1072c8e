import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Backend } from '../backend';
import type { ImportedEvent } from '../store/graded-imports-repo';
import { exportBundle } from './export-bundle';
import type { Bundle } from './format';
import { backendWith, playScript } from './test-support';
import { chainFlags } from './verify-chain';

let source: Backend;
let bundle: Bundle;

beforeAll(async () => {
  source = backendWith(['checkout-bad-deploy'], 'Ada');
  const { attempt } = await playScript(source, 'checkout-bad-deploy', 'novice');
  const exported = exportBundle(source.context.store, attempt, { appVersion: '9.9.9' });
  if (!exported.ok) throw new Error(exported.error.message);
  bundle = JSON.parse(exported.value.json) as Bundle;
});
afterAll(() => source.close());

type Edit = (events: ImportedEvent[]) => ImportedEvent[] | undefined;

const copy = (events: readonly ImportedEvent[]) => events.map((e) => ({ ...e, payload: structuredClone(e.payload) }));

/**
 * The edits a student could make to the event log, each at an arbitrary place. An edit that would leave the log as
 * it was (the same value written back) answers undefined and is not counted.
 */
function anEdit(size: number): fc.Arbitrary<{ name: string; apply: Edit }> {
  const index = fc.nat({ max: size - 1 });
  const changed = <T>(events: ImportedEvent[], i: number, before: T, after: T, set: (e: ImportedEvent) => void) => {
    if (JSON.stringify(before) === JSON.stringify(after)) return undefined;
    set(events[i]!);
    return events;
  };
  return fc.oneof(
    fc.record({ i: index, dt: fc.integer({ min: -600_000, max: 600_000 }).filter((d) => d !== 0) }).map(({ i, dt }) => ({
      name: `event ${i}: time moved by ${dt} ms`,
      apply: (events: ImportedEvent[]) => changed(events, i, 0, dt, (e) => void (e.t += dt)),
    })),
    fc.record({ i: index, type: fc.string({ minLength: 1, maxLength: 20 }) }).map(({ i, type }) => ({
      name: `event ${i}: type set to ${JSON.stringify(type)}`,
      apply: (events: ImportedEvent[]) => changed(events, i, events[i]!.type, type, (e) => void (e.type = type)),
    })),
    fc.record({ i: index, key: fc.string({ minLength: 1, maxLength: 10 }), value: fc.jsonValue() }).map(({ i, key, value }) => ({
      name: `event ${i}: payload.${key} set to ${JSON.stringify(value)}`,
      apply: (events: ImportedEvent[]) => {
        const payload = (events[i]!.payload ?? {}) as Record<string, unknown>;
        const after = { ...payload, [key]: value };
        return changed(events, i, payload, after, (e) => void (e.payload = after));
      },
    })),
    index.map((i) => ({ name: `event ${i} dropped`, apply: (events: ImportedEvent[]) => events.filter((_, j) => j !== i) })),
    fc.record({ i: index, j: index }).map(({ i, j }) => ({
      name: `events ${i} and ${j} swapped`,
      apply: (events: ImportedEvent[]) => {
        if (i === j) return undefined;
        [events[i], events[j]] = [events[j]!, events[i]!];
        return events;
      },
    })),
    index.map((i) => ({ name: `event ${i} given twice`, apply: (events: ImportedEvent[]) => [...events.slice(0, i + 1), { ...events[i]! }, ...events.slice(i + 1)] })),
    fc.record({ i: index, seq: fc.integer({ min: -5, max: 10_000 }) }).map(({ i, seq }) => ({
      name: `event ${i}: seq set to ${seq}`,
      apply: (events: ImportedEvent[]) => changed(events, i, events[i]!.seq, seq, (e) => void (e.seq = seq)),
    })),
  );
}

describe('the hash chain', () => {
  it('holds for the log as exported', () => {
    expect(bundle.events.length).toBeGreaterThan(3);
    expect(chainFlags(bundle.events, bundle.chainHead)).toEqual([]);
  });

  it('flags every edit of the log: any time, type, payload or seq changed, any event dropped, swapped or repeated', () => {
    fc.assert(
      fc.property(anEdit(bundle.events.length), (edit) => {
        const edited = edit.apply(copy(bundle.events));
        fc.pre(edited !== undefined);
        expect(chainFlags(edited!, bundle.chainHead), edit.name).not.toEqual([]);
      }),
      { numRuns: 500 },
    );
  });

  it('flags a head that is not the one the events chain to', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[0-9a-f]{64}$/), (head) => {
        fc.pre(head !== bundle.chainHead);
        expect(chainFlags(bundle.events, head)).toContain('chain head mismatch');
      }),
    );
  });
});
