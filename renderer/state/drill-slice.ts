import type { StateCreator } from 'zustand';
import type { DrillView, Participant, RequestError, Result, ScoreReport, SpeedSetter } from '../../electron/contract';
import { api } from '../api/client';
import type { AppState } from './store';

export type DrillSlice = {
  view?: DrillView;
  /** The back end's clock speed (0: paused), as the last answer or clock tick told it. */
  speed: number;
  /** Who set the clock's speed: the learner (the speed buttons) or the instructor console, as the back end says. */
  speedBy: SpeedSetter;
  score?: ScoreReport;
  error?: string;
  /**
   * Starts a drill (a team drill with `team`). Answers the refusal, if any: one that names a team field is left to
   * the team form to show beside that field; any other is shown in the banner too.
   */
  startDrill(scenario: string, difficulty?: string, team?: Participant[]): Promise<RequestError | undefined>;
  /** Team drill mode: hands the keyboard to a participant; every action after it is theirs. */
  actAs(participant: string): Promise<void>;
  refreshView(): Promise<void>;
  setSpeed(speed: 0 | 1 | 10 | 60): Promise<void>;
  /** A clock tick's speed and who set it: the speed control follows the back end, whoever changed it. */
  clockTicked(speed: number, speedBy: SpeedSetter): void;
  acknowledge(alert: string): Promise<void>;
  resolveIncident(summary: string): Promise<void>;
  endDrill(): Promise<void>;
  leaveScore(): void;
  dismissError(): void;
};

export const createDrillSlice: StateCreator<AppState, [], [], DrillSlice> = (set, get) => {
  /** Shows a failed request's message; returns the value of a successful one. */
  const settle = <T>(result: Result<T>): T | undefined => {
    if (result.ok) return result.value;
    set({ error: result.error.message });
    return undefined;
  };
  return {
    speed: 1,
    speedBy: 'learner',
    async startDrill(scenario, difficulty, team) {
      const result = await api().invoke('drill.start', { scenario, ...(difficulty === undefined ? {} : { difficulty }), ...(team === undefined ? {} : { team }) });
      if (!result.ok) {
        if (!result.error.field?.startsWith('team')) set({ error: result.error.message });
        return result.error;
      }
      set({ score: undefined, speed: 1, speedBy: 'learner' });
      await get().refreshView();
      return undefined;
    },
    async actAs(participant) {
      const switched = settle(await api().invoke('drill.actAs', { participant }));
      // Show who acts now at once, from the back end's answer, rather than waiting for the next tick's refresh.
      const view = get().view;
      if (switched?.acting && view?.team) set({ view: { ...view, team: { ...view.team, acting: switched.acting } } });
      await get().refreshView();
    },
    async refreshView() {
      const view = settle(await api().invoke('drill.view', {}));
      if (view) set({ view });
      if (view?.ended && !get().score) {
        const score = settle(await api().invoke('score.get', {}));
        if (score) set({ score });
      }
    },
    async setSpeed(speed) {
      if (settle(await api().invoke('drill.clock', { speed })) !== undefined) set({ speed, speedBy: 'learner' });
    },
    clockTicked(speed, speedBy) {
      if (speed !== get().speed || speedBy !== get().speedBy) set({ speed, speedBy });
    },
    async acknowledge(alert) {
      settle(await api().invoke('alert.acknowledge', { alert }));
      await get().refreshView();
    },
    async resolveIncident(summary) {
      settle(await api().invoke('incident.resolve', { summary }));
      await get().refreshView();
    },
    async endDrill() {
      const score = settle(await api().invoke('drill.end', {}));
      if (score) set({ score });
      await get().refreshView();
    },
    leaveScore() {
      set({ view: undefined, score: undefined });
    },
    dismissError() {
      set({ error: undefined });
    },
  };
};
