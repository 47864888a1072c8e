import type { StateCreator } from 'zustand';
import type { ScenarioImport, ScenarioProblemReport, ScenarioSummary } from '../../electron/contract';
import { api } from '../api/client';
import type { AppState } from './store';

export type ScenariosSlice = {
  scenarios: ScenarioSummary[];
  scenarioProblems: ScenarioProblemReport[];
  /** The last folder import: what it added, or the problems that kept it out. */
  lastImport?: ScenarioImport;
  loadScenarios(): Promise<void>;
  /** Imports a picked scenario folder (its files by path inside the folder) and lists it when valid. */
  importScenario(id: string, files: Record<string, string>): Promise<void>;
};

export const createScenariosSlice: StateCreator<AppState, [], [], ScenariosSlice> = (set, get) => ({
  scenarios: [],
  scenarioProblems: [],
  async loadScenarios() {
    const [list, problems] = await Promise.all([api().invoke('scenario.list', {}), api().invoke('scenario.problems', {})]);
    if (list.ok) set({ scenarios: list.value });
    else set({ error: list.error.message });
    if (problems.ok) set({ scenarioProblems: problems.value });
  },
  async importScenario(id, files) {
    const result = await api().invoke('scenario.import', { id, files });
    if (!result.ok) {
      set({ lastImport: { problems: [{ folder: id, file: '.', path: result.error.field ?? '(folder)', reason: result.error.message }] } });
      return;
    }
    set({ lastImport: result.value });
    if (result.value.imported) await get().loadScenarios();
  },
});
