import { describe, expect, it } from 'vitest';
import { createBackend } from '../backend';
import { bundledFolder, valueOf } from './handler-testing';

const SCENARIO = 'server-outage';
const backend = () => createBackend({ dbPath: ':memory:', scenarioFolders: [bundledFolder(SCENARIO)], live: false });

describe('drill.start at a difficulty level', () => {
  it('lists the levels with their knobs for the picker', async () => {
    const [summary] = valueOf(await backend().invoke('scenario.list', {}));
    expect(summary!.defaultDifficulty).toBe('standard');
    expect(summary!.hintCount).toBe(3);
    expect(summary!.difficulties.map((d) => [d.id, d.hints, d.deadlines])).toEqual([
      ['guided', null, 1.5],
      ['standard', null, 1],
      ['hard', 1, 0.6],
    ]);
  });

  it('records the level in the drill.start event and shows it in the view', async () => {
    const b = backend();
    expect(valueOf(await b.invoke('drill.start', { scenario: SCENARIO, difficulty: 'hard' })).difficulty).toBe('hard');
    const [start] = b.context.session!.events();
    expect(start).toMatchObject({ type: 'drill.start', payload: { scenario: SCENARIO, difficulty: 'hard' } });
    expect(valueOf(await b.invoke('drill.view', {})).difficulty).toEqual({ id: 'hard', label: 'Hard' });
  });

  it('starts at the default level when none is picked', async () => {
    const b = backend();
    expect(valueOf(await b.invoke('drill.start', { scenario: SCENARIO })).difficulty).toBe('standard');
    expect(b.context.session!.events()[0]!.payload).toMatchObject({ difficulty: 'standard' });
  });

  it('refuses an unknown level with the known ones, and starts nothing', async () => {
    const b = backend();
    const result = await b.invoke('drill.start', { scenario: SCENARIO, difficulty: 'nightmare' });
    expect(result).toEqual({ ok: false, error: { code: 'bad_input', field: 'difficulty', message: expect.stringContaining('levels: guided, standard, hard') } });
    expect(b.context.session).toBeUndefined();
  });

  it('spends the hard level hint budget: the second hint is refused', async () => {
    const b = backend();
    valueOf(await b.invoke('drill.start', { scenario: SCENARIO, difficulty: 'hard' }));
    valueOf(await b.invoke('hint.request', {}));
    const second = await b.invoke('hint.request', {});
    expect(second.ok).toBe(false);
    expect(valueOf(await b.invoke('incident.view', {})).hintsLeft).toBe(0);
  });
});
