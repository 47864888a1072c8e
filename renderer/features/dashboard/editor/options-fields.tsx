import type { ReactNode } from 'react';
import { useEffect, useId, useState } from 'react';
import { parseOptionalNumber } from './options-update';

/** Labelled form controls for the options form: every input has a visible label bound by id. */

export function TextField({ label, value, onChange, multiline, placeholder, list }: { label: string; value: string; onChange(v: string): void; multiline?: boolean; placeholder?: string; list?: string }) {
  const id = useId();
  return (
    <div className="option-field">
      <label htmlFor={id}>{label}</label>
      {multiline ? (
        <textarea id={id} rows={4} spellCheck={false} value={value} placeholder={placeholder} onChange={(e) => onChange(e.target.value)} />
      ) : (
        <input id={id} value={value} placeholder={placeholder} list={list} onChange={(e) => onChange(e.target.value)} />
      )}
    </div>
  );
}

/**
 * A number that may be left empty (Grafana's "auto"). The text is kept while typing ("-", "1.") and the value
 * is passed on only when it parses; an empty field passes undefined.
 */
export function NumberField({ label, value, onChange, placeholder, min, max }: { label: string; value: number | null | undefined; onChange(v: number | undefined): void; placeholder?: string; min?: number; max?: number }) {
  const id = useId();
  const [text, setText] = useState(value === null || value === undefined ? '' : String(value));
  useEffect(() => {
    setText((current) => (parseOptionalNumber(current) === (value ?? undefined) ? current : value === null || value === undefined ? '' : String(value)));
  }, [value]);
  const invalid = text.trim() !== '' && parseOptionalNumber(text) === undefined;
  return (
    <div className="option-field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        inputMode="decimal"
        value={text}
        placeholder={placeholder ?? 'auto'}
        aria-invalid={invalid}
        onChange={(e) => {
          setText(e.target.value);
          const n = parseOptionalNumber(e.target.value);
          if (e.target.value.trim() === '' || n !== undefined) onChange(n === undefined ? undefined : Math.min(max ?? Infinity, Math.max(min ?? -Infinity, n)));
        }}
      />
    </div>
  );
}

export function SelectField<T extends string>({ label, value, options, onChange }: { label: string; value: T; options: readonly { value: T; label: string }[]; onChange(v: T): void }) {
  const id = useId();
  return (
    <div className="option-field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value as T)}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

export function CheckField({ label, checked, onChange }: { label: string; checked: boolean; onChange(v: boolean): void }) {
  return (
    <label className="option-check">
      <input type="checkbox" checked={checked} onChange={(e) => onChange(e.target.checked)} /> {label}
    </label>
  );
}

export function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <fieldset className="option-section">
      <legend>{title}</legend>
      {children}
    </fieldset>
  );
}

/** Choices from plain ids, labelled as themselves. */
export function choices<T extends string>(values: readonly T[], labels: Partial<Record<T, string>> = {}): { value: T; label: string }[] {
  return values.map((value) => ({ value, label: labels[value] ?? value }));
}
