import type { StateCreator } from 'zustand';
import type { Result } from '../../electron/contract';
import type { InstructorStatus, InstructorView } from '../../electron/contract/requests';
import { api } from '../api/client';
import type { AppState } from './store';

export type InstructorSlice = {
  /** Whether a PIN is set and the console unlocked (undefined until asked). */
  instructorStatus?: InstructorStatus;
  /** The learner's view plus the hidden truth; undefined while locked or with no drill. */
  instructorView?: InstructorView;
  /** The last refusal (a wrong PIN, no hints left), shown in the console. */
  instructorError?: string;
  loadInstructorStatus(): Promise<void>;
  setInstructorPin(pin: string): Promise<void>;
  unlockInstructor(pin: string): Promise<void>;
  refreshInstructor(): Promise<void>;
  instructorClock(speed: 0 | 1 | 10 | 60): Promise<void>;
  instructorInject(message: string): Promise<void>;
  instructorHint(): Promise<void>;
  instructorEnd(): Promise<void>;
};

export const createInstructorSlice: StateCreator<AppState, [], [], InstructorSlice> = (set, get) => {
  /** The value of a successful request; a refusal is kept for the console to show. */
  const settle = <T>(result: Result<T>): T | undefined => {
    if (result.ok) {
      set({ instructorError: undefined });
      return result.value;
    }
    set({ instructorError: result.error.message });
    return undefined;
  };
  /** An intervention, then the view again (what it changed is what the instructor wants to see). */
  const intervene = async <T>(request: Promise<Result<T>>): Promise<void> => {
    if (settle(await request) !== undefined) await get().refreshInstructor();
  };
  const afterPin = async (result: Result<InstructorStatus>): Promise<void> => {
    const status = settle(result);
    if (!status) return;
    set({ instructorStatus: status });
    await get().refreshInstructor();
  };
  return {
    async loadInstructorStatus() {
      const status = settle(await api().invoke('instructor.status', {}));
      if (status) set({ instructorStatus: status });
    },
    async setInstructorPin(pin) {
      await afterPin(await api().invoke('instructor.setPin', { pin }));
    },
    async unlockInstructor(pin) {
      await afterPin(await api().invoke('instructor.unlock', { pin }));
    },
    async refreshInstructor() {
      const result = await api().invoke('instructor.view', {});
      // No drill yet is not an error on the console: it waits for one.
      if (!result.ok && result.error.code === 'no_drill') return set({ instructorView: undefined });
      const view = settle(result);
      if (view) set({ instructorView: view });
    },
    instructorClock: (speed) => intervene(api().invoke('instructor.clock', { speed })),
    instructorInject: (message) => intervene(api().invoke('instructor.inject', { message })),
    instructorHint: () => intervene(api().invoke('instructor.hint', {})),
    instructorEnd: () => intervene(api().invoke('instructor.end', {})),
  };
};
