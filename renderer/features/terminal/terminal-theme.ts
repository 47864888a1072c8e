import type { ITheme } from '@xterm/xterm';

/**
 * The terminal's colours from the app's theme variables (styles.css), so it follows the dark, light and projector
 * themes like the rest of the drill screen. The fallbacks are the dark theme's, for a page without the stylesheet.
 */
export function terminalTheme(root: HTMLElement = document.documentElement): ITheme {
  const style = getComputedStyle(root);
  const variable = (name: string, fallback: string) => style.getPropertyValue(name).trim() || fallback;
  return {
    background: variable('--surface-sunken', '#0b0c0e'),
    foreground: variable('--text', '#d8d9da'),
    cursor: variable('--accent', '#5794f2'),
    cursorAccent: variable('--surface-sunken', '#0b0c0e'),
    selectionBackground: variable('--chip-bg', '#2a2f3a'),
  };
}

/** Calls `onChange` whenever the document's theme changes (Settings sets `data-theme` on the root); answers a stop. */
export function watchTheme(onChange: () => void, root: HTMLElement = document.documentElement): { dispose(): void } {
  const observer = new MutationObserver(onChange);
  observer.observe(root, { attributes: true, attributeFilter: ['data-theme'] });
  return { dispose: () => observer.disconnect() };
}
