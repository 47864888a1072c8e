import { useAppStore } from '../../../state/store';
import type { PaletteName } from '../lib/palette';

/** The series palette: high contrast in presentation mode, so projected charts read from the back of a room. */
export function usePalette(): PaletteName {
  return useAppStore((s) => (s.presentation ? 'high-contrast' : 'default'));
}
