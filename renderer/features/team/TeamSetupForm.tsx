import { useEffect, useId, useRef, useState } from 'react';
import type { Participant, RequestError, Role } from '../../../electron/contract';
import { ROLE_LIST } from '../incident/contract-lists';
import { fieldError, formError, formLevelError } from '../incident/errors';
import type { FormError } from '../incident/errors';
import { FieldError, FormErrorLine } from '../incident/FieldError';
import { FormActions } from '../incident/FormActions';
import { ROLE_LABELS } from '../incident/labels';
import { TEAM_MAX, TEAM_MIN, addRow, initialRows, removeRow, rowField, rowFields, teamOf, updateRow } from './team-form';

/**
 * A scenario card's team drill form: who plays and in which incident role. Start sends the team as typed; when the
 * back end refuses it (a blank or repeated name), its reason shows beside the field it names and nothing starts.
 */
export function TeamSetupForm({
  title,
  onStart,
  onCancel,
}: {
  title: string;
  onStart: (team: Participant[]) => Promise<RequestError | undefined>;
  onCancel: () => void;
}) {
  const id = useId();
  const [rows, setRows] = useState(initialRows);
  const [error, setError] = useState<FormError>();
  const [busy, setBusy] = useState(false);
  /** Any edit makes a refusal stale (and moves row numbers), so it goes until the next Start. */
  const change = (next: typeof rows) => {
    setRows(next);
    setError(undefined);
  };
  const formRef = useRef<HTMLFormElement>(null);
  // A refusal takes the keyboard to the field it names, so the reason read out is where the fix is typed.
  useEffect(() => {
    if (error) formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [error]);
  const submit = async () => {
    setBusy(true);
    const refused = await onStart(teamOf(rows));
    setBusy(false);
    setError(refused ? formError(refused, 'drill.start') : undefined);
  };
  return (
    <form
      ref={formRef}
      className="team-setup"
      aria-label={`Team drill: ${title}`}
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <fieldset>
        <legend>
          Participants ({TEAM_MIN}–{TEAM_MAX}); the first one acts first
        </legend>
        <ol className="team-rows">
          {rows.map((row, i) => {
            const nameId = `${id}-${row.key}-name`;
            const nameError = fieldError(error, rowField(i, 'name'));
            const roleError = fieldError(error, rowField(i, 'role'));
            return (
              <li key={row.key}>
                <label htmlFor={nameId}>
                  <span className="visually-hidden">Participant {i + 1} </span>Name
                </label>
                <input
                  id={nameId}
                  value={row.name}
                  maxLength={60}
                  autoComplete="off"
                  onChange={(e) => change(updateRow(rows, row.key, { name: e.target.value }))}
                  aria-invalid={nameError !== undefined}
                  aria-describedby={`${nameId}-error`}
                />
                <label htmlFor={`${id}-${row.key}-role`}>
                  <span className="visually-hidden">Participant {i + 1} </span>Role
                </label>
                <select
                  id={`${id}-${row.key}-role`}
                  value={row.role}
                  onChange={(e) => change(updateRow(rows, row.key, { role: e.target.value as Role }))}
                  aria-invalid={roleError !== undefined}
                  aria-describedby={`${id}-${row.key}-role-error`}
                >
                  {ROLE_LIST.map((r) => (
                    <option key={r} value={r}>
                      {ROLE_LABELS[r]}
                    </option>
                  ))}
                </select>
                <button type="button" onClick={() => change(removeRow(rows, row.key))} disabled={rows.length <= TEAM_MIN} aria-label={`Remove participant ${i + 1}`}>
                  Remove
                </button>
                <FieldError id={`${nameId}-error`} message={nameError} />
                <FieldError id={`${id}-${row.key}-role-error`} message={roleError} />
              </li>
            );
          })}
        </ol>
        <button type="button" onClick={() => change(addRow(rows))} disabled={rows.length >= TEAM_MAX}>
          Add participant
        </button>
      </fieldset>
      <FormErrorLine message={formLevelError(error, rowFields(rows))} />
      <FormActions submit="Start team drill" busy={busy} onCancel={onCancel} />
    </form>
  );
}
