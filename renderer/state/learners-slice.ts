import type { StateCreator } from 'zustand';
import type { LearnerProfile, Result, Settings } from '../../electron/contract';
import { api } from '../api/client';
import type { AppState } from './store';

export type LearnersSlice = {
  /** Learner profiles (undefined until loaded) and who new drills are played as. */
  learners?: LearnerProfile[];
  currentLearner: string;
  /** The last refusal from a learner request (a duplicate name, a wrong confirmation), shown in the dialog. */
  learnersError?: string;
  settings: Settings;
  /** The attempt whose debrief is on screen: its replay is open underneath, at its end. */
  historyDebrief?: number;
  loadLearners(): Promise<void>;
  /** Whether the learner was created. */
  createLearner(name: string, studentId: string): Promise<boolean>;
  selectLearner(name: string): Promise<void>;
  /** Whether the learner (and all their attempts) was deleted. */
  deleteLearner(name: string, confirm: string): Promise<boolean>;
  /** Continues an interrupted attempt as the live drill. */
  resumeAttempt(attempt: number): Promise<void>;
  /** Opens the attempt's replay at its end and shows its debrief. */
  openDebrief(attempt: number): Promise<void>;
  /** From the debrief on to the replay it sits on. */
  showDebriefReplay(): void;
  closeDebrief(): Promise<void>;
  loadSettings(): Promise<void>;
  updateSettings(changes: Partial<Settings>): Promise<void>;
};

export const DEFAULT_SETTINGS: Settings = { theme: 'dark', textSize: 'M', defaultSpeed: 1 };

export const createLearnersSlice: StateCreator<AppState, [], [], LearnersSlice> = (set, get) => {
  /** The value of a successful request; a refusal is kept for the dialog to show. */
  const settle = <T>(result: Result<T>): T | undefined => {
    if (result.ok) return result.value;
    set({ learnersError: result.error.message });
    return undefined;
  };
  return {
    currentLearner: 'learner',
    settings: DEFAULT_SETTINGS,
    async loadLearners() {
      const list = settle(await api().invoke('learner.list', {}));
      if (list) set({ learners: list.learners, currentLearner: list.current });
    },
    async createLearner(name, studentId) {
      set({ learnersError: undefined });
      const created = settle(await api().invoke('learner.create', { name, ...(studentId.trim() === '' ? {} : { studentId }) }));
      if (created) await get().loadLearners();
      return created !== undefined;
    },
    async selectLearner(name) {
      set({ learnersError: undefined });
      const list = settle(await api().invoke('learner.select', { name }));
      if (list) set({ learners: list.learners, currentLearner: list.current });
    },
    async deleteLearner(name, confirm) {
      set({ learnersError: undefined });
      const deleted = settle(await api().invoke('learner.delete', { name, confirm }));
      if (!deleted) return false;
      await get().loadLearners();
      await get().loadAttempts();
      return true;
    },
    async resumeAttempt(attempt) {
      const resumed = await api().invoke('attempt.resume', { attempt });
      if (!resumed.ok) {
        set({ attemptsError: resumed.error.message });
        return;
      }
      set({ score: undefined, speed: resumed.value.speed, speedBy: resumed.value.speedBy });
      await get().refreshView();
    },
    async openDebrief(attempt) {
      await get().openReplay(attempt);
      const replay = get().replay;
      if (!replay) return;
      await get().seekReplay(replay.endsAt);
      set({ historyDebrief: attempt });
    },
    showDebriefReplay() {
      set({ historyDebrief: undefined });
    },
    async closeDebrief() {
      set({ historyDebrief: undefined });
      await get().closeReplay();
    },
    async loadSettings() {
      const settings = await api().invoke('settings.get', {});
      if (settings.ok) set({ settings: settings.value });
    },
    async updateSettings(changes) {
      // Shown at once; the back end's answer (the stored settings) then confirms or corrects it.
      set({ settings: { ...get().settings, ...changes } });
      const settings = await api().invoke('settings.update', changes);
      set(settings.ok ? { settings: settings.value } : { error: settings.error.message });
    },
  };
};
