import type { AttemptRecord } from './attempt-record';
import { participantsCell } from './team-section';

const FIXED = ['attempt', 'learner', 'student_id', 'scenario', 'version', 'difficulty', 'date', 'duration_s', 'total', 'max'];

/**
 * One row per attempt; a points column per rubric category, the union over the scenarios in the order each
 * rubric names them (a category a scenario lacks is left empty); the flags, joined with " | "; then a team
 * attempt's participants, "Ana (ic); Ben (comms)" (appended last so the older columns keep their places).
 */
export function classCsv(records: readonly AttemptRecord[]): string {
  const categories: string[] = [];
  for (const record of records) for (const c of record.scenario.categories) if (!categories.includes(c)) categories.push(c);
  // An attempt whose scenario is gone still has its stored score's categories.
  for (const record of records) for (const c of Object.keys(record.score?.categories ?? {})) if (!categories.includes(c)) categories.push(c);
  const header = [...FIXED, ...categories, 'flags', 'participants'];
  const rows = records.map((r) => [
    String(r.attempt),
    r.learner.name,
    r.learner.studentId ?? '',
    r.scenario.id,
    r.scenario.version,
    r.difficulty,
    r.startedAt.slice(0, 10),
    String(Math.round(r.durationMs / 1000)),
    r.score ? String(r.score.total) : '',
    r.score ? String(r.score.max) : '',
    ...categories.map((c) => {
      const points = r.score?.categories[c]?.points;
      return points === undefined ? '' : String(points);
    }),
    r.flags.join(' | '),
    participantsCell(r.team),
  ]);
  return [header, ...rows].map((cells) => cells.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

/** RFC 4180 quoting; a leading = + - @ is defused so a spreadsheet never runs a learner's name as a formula. */
function csvCell(value: string): string {
  const safe = /^[=+\-@]/.test(value) && !/^-?\d+(\.\d+)?$/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
