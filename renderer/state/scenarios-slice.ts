import type { StateCreator } from 'zustand';
import type { ScenarioProblemReport, ScenarioSummary } from '../../electron/contract';
import { api } from '../api/client';
import type { AppState } from './store';

export type ScenariosSlice = {
  scenarios: ScenarioSummary[];
  scenarioProblems: ScenarioProblemReport[];
  loadScenarios(): Promise<void>;
};

export const createScenariosSlice: StateCreator<AppState, [], [], ScenariosSlice> = (set) => ({
  scenarios: [],
  scenarioProblems: [],
  async loadScenarios() {
    const [list, problems] = await Promise.all([api().invoke('scenario.list', {}), api().invoke('scenario.problems', {})]);
    if (list.ok) set({ scenarios: list.value });
    else set({ error: list.error.message });
    if (problems.ok) set({ scenarioProblems: problems.value });
  },
});
