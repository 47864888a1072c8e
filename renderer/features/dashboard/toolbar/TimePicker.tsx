import { useId, useState } from 'react';
import type { TimeRangeText } from '../../../../electron/contract';
import { describeRange, parseTimeExpr, QUICK_RANGES } from '../../../../electron/engine/dashboards';

/**
 * Grafana's time picker: quick ranges, or From/To as date math (`now-2h`, `now/d`) or absolute
 * `YYYY-MM-DD HH:mm:ss` in the drill's (UTC) sim time. Errors show beside the field and nothing changes.
 */
export function TimePicker({ time, nowMs, onChange }: { time: TimeRangeText; nowMs: number; onChange(time: TimeRangeText): void }) {
  const [open, setOpen] = useState(false);
  const [from, setFrom] = useState(time.from);
  const [to, setTo] = useState(time.to);
  const [errors, setErrors] = useState<{ from?: string; to?: string; range?: string }>({});
  const id = useId();
  const toggle = () => {
    if (!open) {
      setFrom(time.from);
      setTo(time.to);
      setErrors({});
    }
    setOpen(!open);
  };
  const apply = () => {
    const fromMs = parseTimeExpr(from.trim(), nowMs, false);
    const toMs = parseTimeExpr(to.trim(), nowMs, true);
    const found = {
      from: fromMs === undefined ? 'Not a valid time: use now-1h or 2026-01-01 10:00:00' : undefined,
      to: toMs === undefined ? 'Not a valid time: use now or 2026-01-01 10:30:00' : undefined,
      range: fromMs !== undefined && toMs !== undefined && fromMs >= toMs ? '“From” must be before “To”' : undefined,
    };
    setErrors(found);
    if (found.from || found.to || found.range) return;
    onChange({ from: from.trim(), to: to.trim() });
    setOpen(false);
  };
  const choose = (range: TimeRangeText) => {
    onChange({ from: range.from, to: range.to });
    setOpen(false);
  };
  return (
    <div className="dash-popover-anchor">
      <button type="button" className="dash-button" aria-expanded={open} aria-controls={`${id}-picker`} onClick={toggle} aria-label={`Time range: ${describeRange(time)}`}>
        ◷ {describeRange(time)}
      </button>
      {open && (
        <div className="dash-popover time-picker" id={`${id}-picker`} role="group" aria-label="Time range">
          <form
            className="time-absolute"
            onSubmit={(event) => {
              event.preventDefault();
              apply();
            }}
          >
            <label htmlFor={`${id}-from`}>From</label>
            <input id={`${id}-from`} value={from} onChange={(e) => setFrom(e.target.value)} aria-invalid={errors.from ? true : undefined} aria-describedby={errors.from ? `${id}-from-error` : undefined} />
            {errors.from && <p className="field-error" id={`${id}-from-error`}>{errors.from}</p>}
            <label htmlFor={`${id}-to`}>To</label>
            <input id={`${id}-to`} value={to} onChange={(e) => setTo(e.target.value)} aria-invalid={errors.to ? true : undefined} aria-describedby={errors.to ? `${id}-to-error` : undefined} />
            {errors.to && <p className="field-error" id={`${id}-to-error`}>{errors.to}</p>}
            {errors.range && <p className="field-error" role="alert">{errors.range}</p>}
            <p className="hint">Sim time, UTC.</p>
            <button type="submit" className="dash-button primary">Apply time range</button>
          </form>
          <ul className="quick-ranges" aria-label="Quick ranges">
            {QUICK_RANGES.map((range) => (
              <li key={range.from + range.to}>
                <button type="button" aria-current={range.from === time.from && range.to === time.to ? 'true' : undefined} onClick={() => choose(range)}>
                  {range.display}
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
