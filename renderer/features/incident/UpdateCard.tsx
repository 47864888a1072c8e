import type { StructuredUpdate } from '../../../electron/contract';
import { STATUS_LABELS, UPDATE_KIND_LABELS } from './labels';

/** A structured update as a card: its fields labelled, so readers find the impact and the next-update time at a glance. */
export function UpdateCard({ update }: { update: StructuredUpdate }) {
  const rows: [string, string | undefined][] = [
    ['Impact', update.impact],
    [update.kind === 'resolution' ? 'What was done' : 'Actions', update.actions],
    ['Recovery', update.kind === 'resolution' ? (update.recoveryConfirmed ? 'confirmed' : 'not confirmed') : undefined],
    ['Data loss', update.dataLoss],
    ['Follow-ups', update.followUps],
    ['Next update', update.nextUpdateIn ? `in ${update.nextUpdateIn}` : undefined],
  ];
  return (
    <div className={`update-card update-${update.kind}`}>
      <div className="update-card-head">
        <strong>{UPDATE_KIND_LABELS[update.kind]}</strong>
        <span className={`sev-badge sev-${update.severity.toLowerCase()}`}>{update.severity}</span>
        <span className={`status-badge status-${update.status}`}>{STATUS_LABELS[update.status]}</span>
      </div>
      <dl>
        {rows
          .filter((row): row is [string, string] => Boolean(row[1]?.trim()))
          .map(([label, value]) => (
            <div key={label}>
              <dt>{label}</dt>
              <dd>{value}</dd>
            </div>
          ))}
      </dl>
      {update.text && <p className="update-text">{update.text}</p>}
    </div>
  );
}
