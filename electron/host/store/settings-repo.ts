import type { Db } from './database';

/** Small key → JSON value settings (the last learner name, preferred clock speed, …). */
export function createSettingsRepo(db: Db) {
  const get = db.prepare('SELECT value_json FROM settings WHERE key = ?');
  const set = db.prepare('INSERT INTO settings (key, value_json) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value_json = excluded.value_json');
  return {
    get<T>(key: string): T | undefined {
      const row = get.get(key) as { value_json: string } | undefined;
      return row && (JSON.parse(row.value_json) as T);
    },
    set(key: string, value: unknown): void {
      set.run(key, JSON.stringify(value));
    },
  };
}
export type SettingsRepo = ReturnType<typeof createSettingsRepo>;

/** The settings keys this app uses, in one place so two features never pick the same one by accident. */
export const SETTING_KEYS = {
  /** The learner new drills are played as (learner.select). */
  currentLearner: 'learner.current',
  /** Appearance and the default clock speed (settings.update). */
  preferences: 'ui.preferences',
} as const;
