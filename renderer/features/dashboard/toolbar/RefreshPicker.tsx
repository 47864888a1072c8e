import { useId } from 'react';
import { REFRESH_INTERVALS } from '../../../../electron/engine/dashboards';
import { REFRESH_LIVE, REFRESH_OFF } from '../time/refresh';

/** Refresh now, and how often to refresh by itself — in sim time (the drill's clock), Live on every tick. */
export function RefreshPicker({ value, onChange, onRefresh }: { value: string; onChange(setting: string): void; onRefresh(): void }) {
  const id = useId();
  return (
    <div className="refresh-picker">
      <button type="button" className="dash-button" onClick={onRefresh} aria-label="Refresh dashboard">
        ⟳
      </button>
      <label htmlFor={id} className="visually-hidden">
        Auto refresh (sim time)
      </label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)} title="Auto refresh, measured in sim time">
        <option value={REFRESH_OFF}>Off</option>
        <option value={REFRESH_LIVE}>Live</option>
        {REFRESH_INTERVALS.map((interval) => (
          <option key={interval} value={interval}>
            {interval}
          </option>
        ))}
        {![REFRESH_OFF, REFRESH_LIVE, ...REFRESH_INTERVALS].includes(value) && <option value={value}>{value}</option>}
      </select>
    </div>
  );
}
