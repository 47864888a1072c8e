import type { IncidentView } from '../../../electron/contract';
import { ROLE_LIST } from './contract-lists';
import { ROLE_LABELS } from './labels';
import { holderName } from './people';

/** The command hierarchy: who holds each role (the Team tab and the incident document both show it). */
export function RoleHolders({ incident }: { incident: IncidentView }) {
  return (
    <dl className="roles">
      {ROLE_LIST.map((role) => (
        <div key={role}>
          <dt>{ROLE_LABELS[role]}</dt>
          <dd>{holderName(incident, role)}</dd>
        </div>
      ))}
    </dl>
  );
}
