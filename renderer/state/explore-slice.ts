import type { StateCreator } from 'zustand';
import { addToHistory, historyKey, parseStoredHistory } from '../features/explore/history';
import type { AppState } from './store';

/** Range (a graph over time) or instant (the value at the sim's now). */
export type ExploreMode = 'range' | 'instant';

export type ExploreSlice = {
  /** The editor's text, range and step: kept here so they survive switching tabs. */
  exploreText: string;
  exploreMode: ExploreMode;
  /** Milliseconds back from the sim's now. */
  exploreRangeMs: number;
  /** A typed step ('' means automatic). */
  exploreStep: string;
  /** Run queries per scenario, newest first; read from localStorage the first time a scenario is shown. */
  exploreHistory: Record<string, string[]>;
  setExploreText(text: string): void;
  setExploreMode(mode: ExploreMode): void;
  setExploreRange(ms: number): void;
  setExploreStep(step: string): void;
  loadExploreHistory(scenario: string): void;
  rememberExploreQuery(scenario: string, expr: string): void;
};

/** The browser's storage, or undefined where there is none or it refuses access (private mode, tests). */
function storage(): Storage | undefined {
  try {
    return globalThis.localStorage ?? undefined;
  } catch {
    return undefined;
  }
}

export const createExploreSlice: StateCreator<AppState, [], [], ExploreSlice> = (set, get) => ({
  exploreText: '',
  exploreMode: 'range',
  exploreRangeMs: 60 * 60_000,
  exploreStep: '',
  exploreHistory: {},
  setExploreText: (exploreText) => set({ exploreText }),
  setExploreMode: (exploreMode) => set({ exploreMode }),
  setExploreRange: (exploreRangeMs) => set({ exploreRangeMs }),
  setExploreStep: (exploreStep) => set({ exploreStep }),
  loadExploreHistory(scenario) {
    if (get().exploreHistory[scenario]) return;
    let raw: string | null = null;
    try {
      raw = storage()?.getItem(historyKey(scenario)) ?? null;
    } catch {
      raw = null;
    }
    set({ exploreHistory: { ...get().exploreHistory, [scenario]: parseStoredHistory(raw) } });
  },
  rememberExploreQuery(scenario, expr) {
    const history = addToHistory(get().exploreHistory[scenario] ?? [], expr);
    set({ exploreHistory: { ...get().exploreHistory, [scenario]: history } });
    try {
      storage()?.setItem(historyKey(scenario), JSON.stringify(history));
    } catch {
      // A full or refused storage only loses persistence; the history in memory still works.
    }
  },
});
