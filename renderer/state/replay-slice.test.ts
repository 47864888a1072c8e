import { beforeEach, describe, expect, it } from 'vitest';
import type { DrillView, Result, ScoreReport } from '../../electron/contract';
import { createFakeApi } from '../api/fake-api';
import type { OpenReplay, TranscriptEntry } from './replay-slice';
import { useAppStore } from './store';

const fake = createFakeApi();
const { calls, answers } = fake;
const store = () => useAppStore.getState();
const seeks = () => calls.filter((c) => c.method === 'replay.seek').map((c) => (c.input as { t: number }).t);

const END = 600_000;
const opened: OpenReplay = { available: true, attempt: 3, scenario: 's', version: 'v1', title: 'S', endsAt: END, startUnixMs: 0, marks: [] };
/** A view that only says where the drill is (the slice passes views through untouched). */
const viewAt = (t: number) => ({ now: Math.floor(t / 1000) * 1000 }) as unknown as DrillView;
const entry = (seq: number): TranscriptEntry => ({ seq, at: seq * 1000, prompt: '$', command: `cmd ${seq}`, output: '', exitCode: 0 });

beforeEach(async () => {
  fake.reset({
    'replay.open': () => ({ ok: true, value: opened }),
    'replay.seek': (input) => ({ ok: true, value: viewAt((input as { t: number }).t) }),
    'replay.transcript': () => ({ ok: true, value: [entry(1)] }),
    'replay.close': () => ({ ok: true, value: true }),
    'attempt.list': () => ({ ok: true, value: [] }),
  });
  await store().closeReplay();
  useAppStore.setState({ view: undefined, score: undefined, replaySpeed: 1 });
  calls.length = 0;
});

describe('replay slice: opening', () => {
  it('opens a replay at t = 0 with its view and transcript', async () => {
    await store().openReplay(3);
    expect(calls.map((c) => c.method)).toEqual(['replay.open', 'replay.seek', 'replay.transcript']);
    expect(calls[0]!.input).toEqual({ attempt: 3 });
    expect(store()).toMatchObject({ replay: opened, replayAt: 0, replayView: { now: 0 }, replayTranscript: [entry(1)], replayPlaying: false });
  });

  it('keeps an attempt that cannot be re-derived as its stored events, without seeking', async () => {
    const missing = { available: false as const, attempt: 2, scenario: 's', version: 'old', reason: 'gone', events: [{ seq: 1, t: 0, type: 'drill.start', payload: {} }] };
    answers['replay.open'] = () => ({ ok: true, value: missing });
    await store().openReplay(2);
    expect(store().replayMissing).toEqual(missing);
    expect(store().replay).toBeUndefined();
    expect(seeks()).toEqual([]);
  });

  it('shows a refused open as the attempts error', async () => {
    answers['replay.open'] = () => ({ ok: false, error: { code: 'not_found', message: 'no attempt 9' } });
    await store().openReplay(9);
    expect(store().attemptsError).toBe('no attempt 9');
    expect(store().replay).toBeUndefined();
  });
});

describe('replay slice: seeking', () => {
  beforeEach(async () => {
    await store().openReplay(3);
    calls.length = 0;
  });

  it('clamps a seek to the attempt and keeps the clock where it was put', async () => {
    await store().seekReplay(END + 50_000);
    await store().seekReplay(-5);
    await store().seekReplay(61_500);
    expect(seeks()).toEqual([END, 0, 61_500]);
    expect(store().replayAt).toBe(61_500);
    expect(store().replayView).toEqual({ now: 61_000 });
  });

  it('runs only the newest of the seeks asked for while one is in flight', async () => {
    let release: (value: Result<unknown>) => void = () => undefined;
    answers['replay.seek'] = (input) => {
      const t = (input as { t: number }).t;
      return t === 10_000 ? new Promise((resolve) => (release = resolve)) : { ok: true, value: viewAt(t) };
    };
    const first = store().seekReplay(10_000);
    const second = store().seekReplay(20_000);
    const third = store().seekReplay(30_000);
    expect(store().replayAt).toBe(30_000);
    release({ ok: true, value: viewAt(10_000) });
    await Promise.all([first, second, third]);
    expect(seeks()).toEqual([10_000, 30_000]);
    expect(store().replayView).toEqual({ now: 30_000 });
  });

  it('shows a refused seek and stops playing', async () => {
    store().playReplay();
    answers['replay.seek'] = () => ({ ok: false, error: { code: 'conflict', message: 'no replay is open' } });
    await store().seekReplay(5_000);
    expect(store()).toMatchObject({ replayError: 'no replay is open', replayPlaying: false, replayView: { now: 0 } });
  });
});

describe('replay slice: play', () => {
  beforeEach(async () => {
    await store().openReplay(3);
    calls.length = 0;
  });

  it('advances by the wall time gone by times the speed, only while playing', async () => {
    await store().stepReplay(250);
    expect(seeks()).toEqual([]);
    store().playReplay();
    store().setReplaySpeed(60);
    await store().stepReplay(250);
    await store().stepReplay(500);
    expect(seeks()).toEqual([15_000, 45_000]);
    store().pauseReplay();
    await store().stepReplay(250);
    expect(seeks()).toEqual([15_000, 45_000]);
  });

  it('pauses at the end, and playing again starts over', async () => {
    await store().seekReplay(END - 1_000);
    store().playReplay();
    store().setReplaySpeed(10);
    await store().stepReplay(1_000);
    expect(store()).toMatchObject({ replayAt: END, replayPlaying: false });
    store().playReplay();
    await Promise.resolve();
    expect(seeks().at(-1)).toBe(0);
    expect(store().replayPlaying).toBe(true);
  });
});

describe('replay slice: the live drill aside', () => {
  const score = { total: 7 } as unknown as ScoreReport;

  it('shows the replay in `view` while open, and brings the live view and score back on close', async () => {
    useAppStore.setState({ view: viewAt(90_000), score });
    await store().openReplay(3);
    expect(store()).toMatchObject({ view: { now: 0 }, replayView: { now: 0 }, score: undefined });
    await store().seekReplay(42_000);
    expect(store().view).toEqual({ now: 42_000 });
    answers['drill.view'] = () => ({ ok: true, value: viewAt(90_000) });
    calls.length = 0;
    await store().closeReplay();
    expect(calls.map((c) => c.method)).toEqual(['replay.close', 'drill.view', 'attempt.list']);
    expect(store()).toMatchObject({ replay: undefined, replayView: undefined, replayTranscript: [], view: { now: 90_000 }, score, attempts: [] });
  });

  it('leaves no view behind when the replay was opened from the picker', async () => {
    await store().openReplay(3);
    calls.length = 0;
    await store().closeReplay();
    expect(calls.map((c) => c.method)).toEqual(['replay.close', 'attempt.list']);
    expect(store().view).toBeUndefined();
  });

  it('keeps the live drill aside when a second replay opens over the first', async () => {
    useAppStore.setState({ view: viewAt(90_000), score });
    await store().openReplay(3);
    await store().openReplay(4);
    expect(store().replayStash).toEqual({ view: { now: 90_000 }, score });
  });
});
