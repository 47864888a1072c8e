import type { StateCreator } from 'zustand';
import type { RequestOutputs, ScoreReport } from '../../electron/contract';
import { api } from '../api/client';
import type { AppState } from './store';

/** What importing one bundle did: imported, already imported, or refused with the reason. */
export type GradeImportOutcome = RequestOutputs['grade.import'][number];

/** A bundle file as the grader picked it: its name and its text. */
export type BundleFile = { name: string; json: string };

/** Filters over the class table; an empty string means "any". Dates are YYYY-MM-DD days, inclusive. */
export type GradeFilter = { scenario: string; learner: string; from: string; to: string };
export const NO_GRADE_FILTER: GradeFilter = { scenario: '', learner: '', from: '', to: '' };

/** One graded attempt as the JSON class report gives it (the fields the table reads). */
export type GradedAttempt = {
  attempt: number;
  learner: { name: string; studentId: string | null };
  scenario: { id: string; version: string; title: string; installed: boolean };
  difficulty: string;
  startedAt: string;
  endedAt: string | null;
  durationMs: number;
  score: ScoreReport | null;
  flags: string[];
};

/** Bundles are sent a few at a time so the progress moves and one request never carries a whole class. */
export const IMPORT_BATCH = 3;

export type GradingSlice = {
  gradingOpen: boolean;
  /** Files sent so far out of those picked, while an import runs (undefined when none has run). */
  importProgress?: { done: number; total: number };
  importOutcomes: GradeImportOutcome[];
  /** The graded attempts the filter keeps (undefined until loaded). */
  gradedAttempts?: GradedAttempt[];
  /** Every graded attempt, unfiltered: where the filters' choices come from, so one filter never hides another's. */
  allGradedAttempts?: GradedAttempt[];
  gradeFilter: GradeFilter;
  gradingError?: string;
  openGrading(): void;
  closeGrading(): void;
  importBundles(files: readonly BundleFile[]): Promise<void>;
  setGradeFilter(filter: GradeFilter): Promise<void>;
  /** Reloads the filtered table, and the unfiltered list behind the filters' choices. */
  loadGradedAttempts(): Promise<void>;
  /** The filtered class CSV (filename and text), or undefined when the back end refused (the reason is kept). */
  classCsv(): Promise<{ filename: string; content: string } | undefined>;
  /** One attempt's bundle (filename and JSON), or undefined when it could not be exported (the reason is kept). */
  exportBundle(attempt: number): Promise<{ filename: string; json: string } | undefined>;
};

/** The filter as grade.report takes it: only the fields set. */
export function reportFilter(filter: GradeFilter): { scenario?: string; learner?: string; from?: string; to?: string } {
  return Object.fromEntries(Object.entries(filter).filter(([, value]) => value !== '')) as ReturnType<typeof reportFilter>;
}

/** The JSON class report's attempts for a filter, or the reason the back end refused. */
async function fetchGraded(filter: GradeFilter): Promise<{ attempts: GradedAttempt[] } | { error: string }> {
  const result = await api().invoke('grade.report', { format: 'json', ...reportFilter(filter) });
  if (!result.ok) return { error: result.error.message };
  return { attempts: (JSON.parse(result.value.content) as { attempts: GradedAttempt[] }).attempts };
}

export const createGradingSlice: StateCreator<AppState, [], [], GradingSlice> = (set, get) => ({
  gradingOpen: false,
  importOutcomes: [],
  gradeFilter: NO_GRADE_FILTER,
  openGrading: () => {
    set({ gradingOpen: true, gradingError: undefined }); // the screen loads the table when it mounts
  },
  closeGrading: () => {
    set({ gradingOpen: false, importProgress: undefined, importOutcomes: [], gradingError: undefined });
    void get().loadAttempts(); // imported attempts now show in the history too
  },
  importBundles: async (files) => {
    set({ importProgress: { done: 0, total: files.length }, importOutcomes: [], gradingError: undefined });
    for (let start = 0; start < files.length; start += IMPORT_BATCH) {
      const batch = files.slice(start, start + IMPORT_BATCH);
      const result = await api().invoke('grade.import', { files: batch.map((f) => ({ name: f.name, json: f.json })) });
      // A refused batch (e.g. a file over the size limit) still gets a line per file, so the list stays complete.
      const outcomes: GradeImportOutcome[] = result.ok ? result.value : batch.map((f) => ({ file: f.name, status: 'error', reason: result.error.message }));
      set({ importOutcomes: [...get().importOutcomes, ...outcomes], importProgress: { done: start + batch.length, total: files.length } });
    }
    await get().loadGradedAttempts();
  },
  setGradeFilter: async (filter) => {
    set({ gradeFilter: filter });
    await get().loadGradedAttempts();
  },
  loadGradedAttempts: async () => {
    const filter = get().gradeFilter;
    const filtered = Object.keys(reportFilter(filter)).length > 0;
    const [shown, all] = await Promise.all([fetchGraded(filter), filtered ? fetchGraded(NO_GRADE_FILTER) : undefined]);
    if (get().gradeFilter !== filter) return; // a newer filter's answer is on its way
    if ('error' in shown) {
      set({ gradingError: shown.error });
      return;
    }
    set({ gradedAttempts: shown.attempts, allGradedAttempts: all && !('error' in all) ? all.attempts : shown.attempts, gradingError: undefined });
  },
  classCsv: async () => {
    const result = await api().invoke('grade.report', { format: 'csv', ...reportFilter(get().gradeFilter) });
    if (!result.ok) {
      set({ gradingError: result.error.message });
      return undefined;
    }
    return { filename: result.value.filename, content: result.value.content };
  },
  exportBundle: async (attempt) => {
    const result = await api().invoke('attempt.exportBundle', { attempt });
    if (!result.ok) {
      set({ attemptsError: `Attempt ${attempt} could not be exported: ${result.error.message}` });
      return undefined;
    }
    return result.value;
  },
});
