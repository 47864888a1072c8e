import { ok } from '../../contract';
import type { Settings } from '../../contract/requests';
import type { Store } from '../store';
import { SETTING_KEYS } from '../store/settings-repo';
import type { HandlerMap } from './context';

export const DEFAULT_SETTINGS: Settings = { theme: 'dark', textSize: 'M', defaultSpeed: 1 };

/** The stored settings over the defaults (a setting added in a later version starts at its default). */
export function currentSettings(store: Store): Settings {
  return { ...DEFAULT_SETTINGS, ...store.settings.get<Partial<Settings>>(SETTING_KEYS.preferences) };
}

/** Appearance (theme, text size) and the default clock speed, kept in the settings table. */
export const settingsHandlers: HandlerMap = {
  'settings.get': (context) => ok(currentSettings(context.store)),
  'settings.update': (context, input) => {
    const changes = Object.fromEntries(Object.entries(input).filter(([, value]) => value !== undefined));
    const next = { ...currentSettings(context.store), ...changes };
    context.store.settings.set(SETTING_KEYS.preferences, next);
    return ok(next);
  },
};
