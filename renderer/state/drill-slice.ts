import type { StateCreator } from 'zustand';
import type { DrillView, Result, ScoreReport } from '../../electron/contract';
import { api } from '../api/client';
import type { AppState } from './store';

export type DrillSlice = {
  view?: DrillView;
  speed: number;
  score?: ScoreReport;
  error?: string;
  startDrill(scenario: string, difficulty?: string): Promise<void>;
  refreshView(): Promise<void>;
  setSpeed(speed: 0 | 1 | 10 | 60): Promise<void>;
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
    async startDrill(scenario, difficulty) {
      if (settle(await api().invoke('drill.start', { scenario, ...(difficulty === undefined ? {} : { difficulty }) })) === undefined) return;
      set({ score: undefined, speed: 1 });
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
      if (settle(await api().invoke('drill.clock', { speed })) !== undefined) set({ speed });
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
