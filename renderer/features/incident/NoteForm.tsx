import { useId, useState } from 'react';
import type { KeyMoment } from '../../../electron/contract';
import { KEY_MOMENT_LIST } from './contract-lists';
import { useAppStore } from '../../state/store';
import { fieldError, formLevelError } from './errors';
import { FieldError, FormErrorLine } from './FieldError';

/** A note in the living document, optionally marking a key moment (what the postmortem's timeline hangs on). */
/** Notes stay open after the drill ends: the living document is the postmortem's raw material. */
export function NoteForm() {
  const id = useId();
  const addNote = useAppStore((s) => s.addNote);
  const error = useAppStore((s) => s.incidentErrors.note);
  const busy = useAppStore((s) => s.incidentBusy.note === true);
  const [text, setText] = useState('');
  const [key, setKey] = useState<KeyMoment | ''>('');
  return (
    <form
      className="incident-form note-form"
      onSubmit={(event) => {
        event.preventDefault();
        void addNote(text, key || undefined).then((ok) => {
          if (ok) {
            setText('');
            setKey('');
          }
        });
      }}
    >
      <label htmlFor={`${id}-text`}>Note</label>
      <textarea id={`${id}-text`} rows={2} value={text} onChange={(e) => setText(e.target.value)} placeholder="What happened, what was decided" aria-describedby={`${id}-text-error`} />
      <FieldError id={`${id}-text-error`} message={fieldError(error, 'text')} />
      <div className="form-row">
        <label htmlFor={`${id}-key`}>Key moment</label>
        <select id={`${id}-key`} value={key} onChange={(e) => setKey(e.target.value as KeyMoment | '')}>
          <option value="">none</option>
          {KEY_MOMENT_LIST.map((k) => (
            <option key={k} value={k}>
              {k}
            </option>
          ))}
        </select>
        <button type="submit" className="primary" disabled={busy}>
          Add note
        </button>
      </div>
      <FormErrorLine message={formLevelError(error, ['text'])} />
    </form>
  );
}
