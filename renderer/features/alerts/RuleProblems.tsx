import type { RulePreview } from '../../../electron/contract';

export type RuleProblem = Extract<RulePreview, { ok: false }>['problems'][number];

/** A rule file's problems, each with its line (and group and rule when known), as promtool lists them. */
export function RuleProblems({ problems }: { problems: RuleProblem[] }) {
  return (
    <ul className="problems rule-problems" aria-label="Problems">
      {problems.map((p, i) => (
        <li key={i}>
          {p.line !== undefined ? `line ${p.line}: ` : ''}
          {p.group ? `group "${p.group}"` : ''}
          {p.rule ? `${p.group ? ', ' : ''}rule "${p.rule}"` : ''}
          {p.group || p.rule ? ': ' : ''}
          {p.reason}
        </li>
      ))}
    </ul>
  );
}
