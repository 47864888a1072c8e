import { useEffect } from 'react';
import { useAppStore } from '../../state/store';

/**
 * Loads the stored settings once and keeps the document root's `data-theme` and `data-text-size` in step with
 * them: the stylesheet's variable blocks do the rest, so a change shows at once everywhere.
 */
export function useAppliedSettings(): void {
  const loadSettings = useAppStore((s) => s.loadSettings);
  const { theme, textSize } = useAppStore((s) => s.settings);
  useEffect(() => {
    void loadSettings();
  }, [loadSettings]);
  useEffect(() => {
    const root = document.documentElement;
    root.dataset.theme = theme;
    root.dataset.textSize = textSize;
  }, [theme, textSize]);
}
