import type { CriterionResult, ParticipantBreakdown, TeamBreakdown } from '../../../electron/contract';
import { elapsed } from '../../format';
import { ROLE_LABELS } from '../incident/labels';
import { TEAM_KIND_LABELS, TEAM_KIND_LIST, actingTime } from '../team/team-labels';

/** The team performance evaluation: per participant, what they did, which criteria their actions earned, how long they acted. */
export function TeamBreakdownTable({ team, criteria }: { team: TeamBreakdown; criteria: readonly CriterionResult[] }) {
  return (
    <table className="team-breakdown">
      <caption>Team: who did what</caption>
      <thead>
        <tr>
          <th scope="col">Participant</th>
          <th scope="col">Role</th>
          <th scope="col">Actions</th>
          <th scope="col">Points</th>
          <th scope="col">Time acting</th>
          <th scope="col">First actions</th>
        </tr>
      </thead>
      <tbody>
        {team.participants.map((p) => (
          <tr key={p.name} data-participant={p.name}>
            <th scope="row">{p.name}</th>
            <td>{ROLE_LABELS[p.role]}</td>
            <td>
              <ActionCounts participant={p} />
            </td>
            <td>
              <CriteriaList label={`Criteria ${p.name} earned`} points={p.points} ids={p.criteria} criteria={criteria} />
            </td>
            <td>{actingTime(p.actingMs)}</td>
            <td>
              <Moments participant={p} />
            </td>
          </tr>
        ))}
      </tbody>
      {team.unattributed.criteria.length > 0 && (
        <tfoot>
          <tr>
            <th scope="row">Nobody</th>
            <td colSpan={2} className="muted">
              met without a participant&apos;s action (the world recovered, or an instructor&apos;s event)
            </td>
            <td>
              <CriteriaList label="Criteria met by no participant" points={team.unattributed.points} ids={team.unattributed.criteria} criteria={criteria} />
            </td>
            <td colSpan={2} />
          </tr>
        </tfoot>
      )}
    </table>
  );
}

/** The total and each kind they took any of ("Commands 2"), so a row says at a glance what the person did. */
function ActionCounts({ participant }: { participant: ParticipantBreakdown }) {
  const kinds = TEAM_KIND_LIST.filter((k) => participant.byKind[k] > 0);
  return (
    <>
      <span className="team-total">{participant.actions}</span>
      {kinds.length > 0 && (
        <ul className="team-kinds" aria-label={`${participant.name}'s actions by kind`}>
          {kinds.map((k) => (
            <li key={k}>
              {TEAM_KIND_LABELS[k]} {participant.byKind[k]}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

/** Points and the criteria behind them, by id as the score table names them, each with its points. */
function CriteriaList({ label, points, ids, criteria }: { label: string; points: number; ids: readonly string[]; criteria: readonly CriterionResult[] }) {
  return (
    <>
      <span className="team-total">{points}</span>
      {ids.length > 0 && (
        <ul className="team-criteria" aria-label={label}>
          {ids.map((id) => {
            const points = criteria.find((c) => c.id === id)?.points;
            return (
              <li key={id}>
                {id}
                {points !== undefined && ` (+${points})`}
              </li>
            );
          })}
        </ul>
      )}
    </>
  );
}

/** Their first actions, folded away: the table stays one line per person until a reader asks. */
function Moments({ participant }: { participant: ParticipantBreakdown }) {
  if (participant.moments.length === 0) return <span className="muted">none</span>;
  return (
    <details className="team-moments">
      <summary>
        {participant.moments.length} first action{participant.moments.length === 1 ? '' : 's'}
      </summary>
      <ol>
        {participant.moments.map((m) => (
          <li key={m.seq}>
            <time>{elapsed(m.t)}</time> <code>{m.type}</code> {m.text}
          </li>
        ))}
      </ol>
    </details>
  );
}
