import type { IncidentSpec } from '../../scenario/incident-schema';
import type { SimMillis } from '../../sim/clock';
import { parseDuration } from '../../sim/duration';
import { wholeMinutes } from './messages';
import type { Severity } from './types';

/** What the update clock depends on. */
export type UpdateClock = {
  resolved: boolean;
  declared: boolean;
  severity?: Severity;
  firstAlertAt?: SimMillis;
  declaredAt?: SimMillis;
  lastUpdateAt?: SimMillis;
  /** The next-update time the last update promised, as written ("15m"); empty or absent when it promised none. */
  promisedIn?: string;
};

/** The update cadence of a severity in ms; null when the scenario sets none (or no severity is known yet). */
export function cadenceMs(spec: IncidentSpec, severity: Severity | undefined): number | null {
  if (severity === undefined) return null;
  const text = spec.cadence[severity];
  return text === null ? null : (parseDuration(text) ?? null);
}

/** The moment the incident started for communication purposes: the first alert or the declaration, whichever came first. */
function startOf(clock: UpdateClock): SimMillis | undefined {
  const candidates = [clock.firstAlertAt, clock.declaredAt].filter((t): t is SimMillis => t !== undefined);
  return candidates.length === 0 ? undefined : (Math.min(...candidates) as SimMillis);
}

/**
 * When the next update is due: the initial report within `initial_report_within` of the start; after an update,
 * the time it promised, else the severity's cadence. None once resolved, or when nothing sets a time.
 */
export function nextUpdateDueAt(clock: UpdateClock, spec: IncidentSpec): SimMillis | undefined {
  if (clock.resolved) return undefined;
  if (clock.lastUpdateAt === undefined) {
    const start = startOf(clock);
    return start === undefined ? undefined : ((start + parseDuration(spec.initial_report_within)!) as SimMillis);
  }
  const promised = clock.promisedIn ? parseDuration(clock.promisedIn) : undefined;
  if (promised !== undefined) return (clock.lastUpdateAt + promised) as SimMillis;
  const cadence = cadenceMs(spec, clock.severity);
  return cadence === null ? undefined : ((clock.lastUpdateAt + cadence) as SimMillis);
}

/** The reminder posted once the due time has passed, saying why the update is due. */
export function reminderText(clock: UpdateClock, spec: IncidentSpec, now: SimMillis): string {
  if (clock.lastUpdateAt === undefined) {
    const start = startOf(clock) ?? now;
    const since = clock.firstAlertAt === start ? 'the first alert' : 'the declaration';
    const ask = clock.declared ? '' : ' Declare the incident (/declare) and post it.';
    return `Update due: no update yet, ${wholeMinutes(now - start)} min after ${since}; the initial report is due within ${spec.initial_report_within}.${ask}`;
  }
  const ago = wholeMinutes(now - clock.lastUpdateAt);
  if (clock.promisedIn && parseDuration(clock.promisedIn) !== undefined) {
    return `Update due: the last update was ${ago} min ago and promised the next in ${clock.promisedIn}.`;
  }
  const severity = clock.severity!;
  return `Update due: the last update was ${ago} min ago; ${severity} updates are due every ${spec.cadence[severity]}.`;
}
