import type { ScoreReport } from '../../engine/scoring';

/** One line of `scenario check`: what was checked, whether it held, and why not. */
export type CheckLine = { ok: boolean; text: string };

/**
 * What the expert's score must show for a scenario to count as solvable: every mitigate criterion at full
 * marks (a scenario nobody can mitigate teaches nothing), and evidence behind every point the expert earned
 * (the score must be explainable event by event).
 */
export function expertScoreChecks(score: ScoreReport): CheckLine[] {
  const lines: CheckLine[] = [];
  const mitigate = score.criteria.filter((c) => c.category === 'mitigate' && c.max > 0);
  if (mitigate.length === 0) lines.push({ ok: false, text: 'the rubric has no mitigate criterion, so nothing proves the scenario can be fixed' });
  for (const c of mitigate) {
    lines.push(
      c.points === c.max
        ? { ok: true, text: `mitigate ${c.id}: ${c.points}/${c.max}` }
        : { ok: false, text: `mitigate ${c.id}: ${c.points}/${c.max}, the expert must earn it in full (${c.feedback})` },
    );
  }
  const unexplained = score.criteria.filter((c) => c.points > 0 && c.evidence.length === 0);
  lines.push(
    unexplained.length === 0
      ? { ok: true, text: `every criterion the expert meets cites an event (${score.criteria.filter((c) => c.points > 0).length} met)` }
      : { ok: false, text: `met without evidence: ${unexplained.map((c) => c.id).join(', ')}` },
  );
  return lines;
}

export function formatCheckLine(line: CheckLine): string {
  return `${line.ok ? '✓' : '✗'} ${line.text}`;
}
