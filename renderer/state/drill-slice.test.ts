import { beforeEach, describe, expect, it } from 'vitest';
import type { DrillView, TeamState } from '../../electron/contract';
import { createFakeApi } from '../api/fake-api';
import { useAppStore } from './store';

const fake = createFakeApi();
const { calls } = fake;
const store = () => useAppStore.getState();

/** A stand-in back end that keeps a team and who acts, as the host does. */
let team: TeamState | null;
const view = () => ({ title: 'Checkout', ended: false, team: team && { ...team } }) as unknown as DrillView;

beforeEach(() => {
  team = null;
  fake.reset({
    'drill.start': (input) => {
      const people = (input as { team?: { name: string; role: string }[] }).team;
      if (people && people[0]!.name === people[1]!.name) {
        return { ok: false, error: { code: 'bad_input', message: `drill.start: team.1.name: "${people[1]!.name}" is already in the team`, field: 'team.1.name' } };
      }
      if ((input as { scenario: string }).scenario === 'nope') return { ok: false, error: { code: 'not_found', message: 'no scenario "nope"', field: 'scenario' } };
      team = people ? ({ participants: people, acting: people[0]!.name } as TeamState) : null;
      return { ok: true, value: { scenario: 'checkout', version: 'v', seed: 1, title: 'Checkout', difficulty: 'standard' } };
    },
    'drill.view': () => ({ ok: true, value: view() }),
    'drill.actAs': (input) => {
      team!.acting = (input as { participant: string }).participant;
      return { ok: true, value: { type: 'team.switch', acting: team!.acting } };
    },
  });
  useAppStore.setState({ view: undefined, score: undefined, error: undefined });
});

describe('drill slice: team drills', () => {
  it('sends the team with drill.start and shows the started drill', async () => {
    const refused = await store().startDrill('checkout', 'standard', [
      { name: 'Ana', role: 'ic' },
      { name: 'Ben', role: 'comms' },
    ]);
    expect(refused).toBeUndefined();
    expect(calls[0]).toEqual({ method: 'drill.start', input: { scenario: 'checkout', difficulty: 'standard', team: [{ name: 'Ana', role: 'ic' }, { name: 'Ben', role: 'comms' }] } });
    expect(store().view?.team?.acting).toBe('Ana');
  });

  it('answers a refused team with its field and leaves the banner alone (the form shows it)', async () => {
    const refused = await store().startDrill('checkout', undefined, [
      { name: 'Ana', role: 'ic' },
      { name: 'Ana', role: 'comms' },
    ]);
    expect(refused?.field).toBe('team.1.name');
    expect(store().error).toBeUndefined();
    expect(store().view).toBeUndefined();
    expect(calls.map((c) => c.method)).toEqual(['drill.start']);
  });

  it('still puts any other refusal in the banner', async () => {
    const refused = await store().startDrill('nope');
    expect(refused?.field).toBe('scenario');
    expect(store().error).toBe('no scenario "nope"');
  });

  it('hands the keyboard over with drill.actAs and shows the new acting participant', async () => {
    await store().startDrill('checkout', undefined, [
      { name: 'Ana', role: 'ic' },
      { name: 'Ben', role: 'comms' },
    ]);
    await store().actAs('Ben');
    expect(calls.at(-2)).toEqual({ method: 'drill.actAs', input: { participant: 'Ben' } });
    expect(store().view?.team?.acting).toBe('Ben');
  });
});
