import type { StateCreator } from 'zustand';
import type { DrillView, RequestOutputs, Result, ScoreReport } from '../../electron/contract';
import { api } from '../api/client';
import type { AppState } from './store';

export type AttemptSummary = RequestOutputs['attempt.list'][number];
export type ReplayOpened = RequestOutputs['replay.open'];
export type OpenReplay = Extract<ReplayOpened, { available: true }>;
export type UnavailableReplay = Extract<ReplayOpened, { available: false }>;
export type ReplayMark = OpenReplay['marks'][number];
export type TranscriptEntry = RequestOutputs['replay.transcript'][number];

export const REPLAY_SPEEDS = [1, 10, 60] as const;
export type ReplaySpeed = (typeof REPLAY_SPEEDS)[number];

export type ReplaySlice = {
  /** Past attempts for the picker (undefined until loaded). */
  attempts?: AttemptSummary[];
  attemptsError?: string;
  /** The open replay of an attempt that can be re-derived. */
  replay?: OpenReplay;
  /** An attempt whose scenario version is gone: its stored events, shown as they were logged. */
  replayMissing?: UnavailableReplay;
  /** The drill at the replay's moment, as replay.seek returned it. */
  replayView?: DrillView;
  replayTranscript: TranscriptEntry[];
  /**
   * The replay clock in sim ms: where the scrubber and play put it. The view's `now` is the last whole tick at or
   * before it, so play at 1× moves the clock smoothly even though the drill moves a tick at a time.
   */
  replayAt: number;
  replayPlaying: boolean;
  replaySpeed: ReplaySpeed;
  replayError?: string;
  /**
   * The live drill's view and score, put aside while a replay is open: the replay's view takes `view`'s place,
   * because the panels (alerts, incident, Discover) read the drill they show from there.
   */
  replayStash?: { view?: DrillView; score?: ScoreReport };
  loadAttempts(): Promise<void>;
  openReplay(attempt: number): Promise<void>;
  seekReplay(t: number): Promise<void>;
  playReplay(): void;
  pauseReplay(): void;
  setReplaySpeed(speed: ReplaySpeed): void;
  /** One step of play: `wallMs` of real time at the chosen speed; play pauses at the end. */
  stepReplay(wallMs: number): Promise<void>;
  closeReplay(): Promise<void>;
};

/** Nothing open: the state the slice returns to on close. */
const CLOSED = {
  replay: undefined,
  replayMissing: undefined,
  replayView: undefined,
  replayTranscript: [] as TranscriptEntry[],
  replayAt: 0,
  replayPlaying: false,
  replayError: undefined,
  replayStash: undefined,
};

export const createReplaySlice: StateCreator<AppState, [], [], ReplaySlice> = (set, get) => {
  /**
   * Seeks run one at a time: while one is in flight only the newest target waits, so dragging the scrubber
   * (a backwards seek re-derives from the start) does not queue every position it passed.
   */
  let inFlight: Promise<void> | undefined;
  let waiting: number | undefined;

  const failed = <T>(result: Result<T>): result is Extract<Result<T>, { ok: false }> => {
    if (!result.ok) set({ replayError: result.error.message, replayPlaying: false });
    return !result.ok;
  };

  const seekOnce = async (t: number): Promise<void> => {
    const view = await api().invoke('replay.seek', { t });
    if (failed(view) || !get().replay) return;
    const transcript = await api().invoke('replay.transcript', {});
    if (failed(transcript) || !get().replay) return;
    set({ replayView: view.value, view: view.value, replayTranscript: transcript.value, replayError: undefined });
  };

  const drain = async (): Promise<void> => {
    while (waiting !== undefined) {
      const t = waiting;
      waiting = undefined;
      await seekOnce(t);
    }
  };

  return {
    ...CLOSED,
    replaySpeed: 1,
    async loadAttempts() {
      const result = await api().invoke('attempt.list', {});
      set(result.ok ? { attempts: result.value, attemptsError: undefined } : { attemptsError: result.error.message });
    },
    async openReplay(attempt) {
      const result = await api().invoke('replay.open', { attempt });
      if (!result.ok) {
        set({ attemptsError: result.error.message });
        return;
      }
      if (!result.value.available) {
        set({ ...CLOSED, replayMissing: result.value });
        return;
      }
      // A replay opened over another keeps the first one's stash: that is the live drill.
      const { replay, replayStash, view, score } = get();
      const stash = replay ? replayStash : { view, score };
      set({ ...CLOSED, replay: result.value, replayStash: stash, view: undefined, score: undefined });
      await get().seekReplay(0);
    },
    async seekReplay(t) {
      const replay = get().replay;
      if (!replay) return;
      const target = Math.min(Math.max(0, t), replay.endsAt);
      set({ replayAt: target });
      waiting = target;
      inFlight ??= drain().finally(() => {
        inFlight = undefined;
      });
      await inFlight;
    },
    playReplay() {
      const { replay, replayAt } = get();
      if (!replay) return;
      // Play from the end starts over, as a video player does.
      if (replayAt >= replay.endsAt) void get().seekReplay(0);
      set({ replayPlaying: true });
    },
    pauseReplay() {
      set({ replayPlaying: false });
    },
    setReplaySpeed(speed) {
      set({ replaySpeed: speed });
    },
    async stepReplay(wallMs) {
      const { replay, replayPlaying, replayAt, replaySpeed } = get();
      // A step while the last seek is still running would only queue behind it: play slows down instead.
      if (!replay || !replayPlaying || inFlight) return;
      const next = Math.min(replayAt + wallMs * replaySpeed, replay.endsAt);
      if (next >= replay.endsAt) set({ replayPlaying: false });
      await get().seekReplay(next);
    },
    async closeReplay() {
      const { replay, replayStash } = get();
      waiting = undefined;
      set({ ...CLOSED, ...(replay ? { view: replayStash?.view, score: replayStash?.score } : {}) });
      if (replay) {
        const result = await api().invoke('replay.close', {});
        if (!result.ok) set({ error: result.error.message });
      }
      // The live drill (if one was on screen) is back.
      if (get().view) await get().refreshView();
      await get().loadAttempts();
    },
  };
};
