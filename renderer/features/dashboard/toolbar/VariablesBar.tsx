import { useId, useState } from 'react';
import type { VariableState } from '../../../../electron/engine/dashboards';
import { ALL_VALUE } from '../../../../electron/engine/dashboards';

type Props = { states: VariableState[]; onSelect(name: string, values: string[]): void };

/** The dashboard's variables: a select for single values, a checkbox list (with All) for multi-value ones. */
export function VariablesBar({ states, onSelect }: Props) {
  const shown = states.filter((s) => s.variable.hide !== 2 && s.variable.type !== 'constant');
  if (shown.length === 0) return null;
  return (
    <div className="variables-bar" role="group" aria-label="Dashboard variables">
      {shown.map((state) =>
        state.variable.multi ? (
          <MultiVariable key={state.variable.name} state={state} onSelect={(values) => onSelect(state.variable.name, values)} />
        ) : (
          <SingleVariable key={state.variable.name} state={state} onSelect={(values) => onSelect(state.variable.name, values)} />
        ),
      )}
    </div>
  );
}

function labelOf(state: VariableState): string {
  return state.variable.label || state.variable.name;
}

function VariableError({ state }: { state: VariableState }) {
  return state.error ? (
    <span className="variable-error" role="alert" title={state.error}>
      ⚠ {state.error}
    </span>
  ) : null;
}

function SingleVariable({ state, onSelect }: { state: VariableState; onSelect(values: string[]): void }) {
  const id = useId();
  const hideLabel = state.variable.hide === 1;
  const current = state.current.value[0] ?? '';
  const options = state.options.some((o) => o.value === current) || current === '' ? state.options : [{ text: state.current.text[0] ?? current, value: current }, ...state.options];
  return (
    <div className="variable">
      <label htmlFor={id} className={hideLabel ? 'visually-hidden' : undefined}>
        {labelOf(state)}
      </label>
      <select id={id} value={current} onChange={(e) => onSelect([e.target.value])}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.text}
          </option>
        ))}
      </select>
      <VariableError state={state} />
    </div>
  );
}

function MultiVariable({ state, onSelect }: { state: VariableState; onSelect(values: string[]): void }) {
  const [open, setOpen] = useState(false);
  const id = useId();
  const selected = new Set(state.current.value);
  const allSelected = selected.has(ALL_VALUE);
  const summary = allSelected ? 'All' : state.current.text.join(' + ') || 'None';
  const toggle = (value: string) => {
    if (value === ALL_VALUE) return onSelect(allSelected ? [] : [ALL_VALUE]);
    const next = new Set([...selected].filter((v) => v !== ALL_VALUE));
    if (next.has(value)) next.delete(value);
    else next.add(value);
    onSelect([...next]);
  };
  return (
    <div className="variable dash-popover-anchor">
      <span className={state.variable.hide === 1 ? 'visually-hidden' : 'variable-label'} id={`${id}-label`}>
        {labelOf(state)}
      </span>
      <button type="button" className="dash-button" aria-expanded={open} aria-controls={`${id}-list`} aria-labelledby={`${id}-label ${id}-value`} onClick={() => setOpen(!open)}>
        <span id={`${id}-value`}>{summary}</span> ▾
      </button>
      {open && (
        <fieldset
          className="dash-popover variable-options"
          id={`${id}-list`}
          onKeyDown={(e) => {
            if (e.key === 'Escape') {
              e.preventDefault();
              setOpen(false);
            }
          }}
        >
          <legend className="visually-hidden">{labelOf(state)}</legend>
          {state.variable.includeAll && (
            <label>
              <input type="checkbox" checked={allSelected} onChange={() => toggle(ALL_VALUE)} /> All
            </label>
          )}
          {state.options
            .filter((o) => o.value !== ALL_VALUE)
            .map((o) => (
              <label key={o.value}>
                <input type="checkbox" checked={!allSelected && selected.has(o.value)} onChange={() => toggle(o.value)} /> {o.text}
              </label>
            ))}
          <button type="button" className="dash-button" onClick={() => setOpen(false)}>
            Done
          </button>
        </fieldset>
      )}
      <VariableError state={state} />
    </div>
  );
}
