import { useId } from 'react';
import type { Panel } from '../../../../electron/contract';
import { PANEL_TYPES } from '../../../../electron/engine/dashboards/model';
import { UNIT_CHOICES, isKnownUnit } from '../lib/units';
import { NumberField, SelectField, Section, TextField } from './options-fields';
import { MappingsSection } from './options-mappings';
import { QueriesSection } from './options-queries';
import { ThresholdsSection } from './options-thresholds';
import { setDefault } from './options-update';
import { VisualisationSection } from './options-viz';

type Props = {
  panel: Panel;
  onChange(panel: Panel): void;
  /** Also edit the queries here (off when the editor shows its own query rows beside the preview). */
  showQueries?: boolean;
};

const TYPE_NAMES: Record<string, string> = {
  timeseries: 'Time series',
  stat: 'Stat',
  gauge: 'Gauge',
  bargauge: 'Bar gauge',
  table: 'Table',
  heatmap: 'Heatmap',
  logs: 'Logs',
  text: 'Text',
};
const CUSTOM_UNIT = '__custom';

/**
 * A panel's options as Grafana's editor groups them: panel, (queries), standard options, thresholds, value
 * mappings and the visualisation's own. Every change goes through the pure updates in options-update.ts.
 */
export function PanelOptionsForm({ panel, onChange, showQueries = false }: Props) {
  const defaults = panel.fieldConfig?.defaults ?? {};
  const types = PANEL_TYPES.filter((t) => t !== 'row').map((t) => ({ value: t as string, label: TYPE_NAMES[t] ?? t }));
  if (!types.some((t) => t.value === panel.type)) types.push({ value: panel.type, label: `${panel.type} (unsupported)` });
  const drawsValues = panel.type !== 'text' && panel.type !== 'logs';
  return (
    <div className="panel-options-form">
      <Section title="Panel options">
        <TextField label="Title" value={panel.title} onChange={(title) => onChange({ ...panel, title })} />
        <TextField label="Description" multiline value={panel.description ?? ''} onChange={(description) => onChange({ ...panel, description: description || undefined })} />
        <SelectField label="Visualisation" value={panel.type} options={types} onChange={(type) => onChange({ ...panel, type })} />
      </Section>
      {showQueries && panel.type !== 'text' && <QueriesSection panel={panel} onChange={onChange} />}
      <VisualisationSection panel={panel} onChange={onChange} />
      {drawsValues && (
        <>
          <Section title="Standard options">
            <UnitField unit={defaults.unit} onChange={(unit) => onChange(setDefault(panel, ['unit'], unit))} />
            <NumberField label="Decimals" value={defaults.decimals} min={0} max={10} onChange={(v) => onChange(setDefault(panel, ['decimals'], v))} />
            <NumberField label="Min" value={defaults.min} onChange={(v) => onChange(setDefault(panel, ['min'], v))} />
            <NumberField label="Max" value={defaults.max} onChange={(v) => onChange(setDefault(panel, ['max'], v))} />
            <TextField label="No value" placeholder="No data" value={defaults.noValue ?? ''} onChange={(v) => onChange(setDefault(panel, ['noValue'], v || undefined))} />
          </Section>
          <ThresholdsSection panel={panel} onChange={onChange} />
          <MappingsSection panel={panel} onChange={onChange} />
        </>
      )}
    </div>
  );
}

/** The unit: a select of the ids Firedrill formats, or a custom text shown after the number. */
function UnitField({ unit, onChange }: { unit: string | undefined; onChange(unit: string | undefined): void }) {
  const id = useId();
  const custom = unit !== undefined && unit !== '' && !isKnownUnit(unit);
  return (
    <>
      <div className="option-field">
        <label htmlFor={id}>Unit</label>
        <select id={id} value={custom ? CUSTOM_UNIT : (unit ?? '')} onChange={(e) => onChange(e.target.value === CUSTOM_UNIT ? 'custom' : e.target.value || undefined)}>
          <option value="">Default (short)</option>
          {UNIT_CHOICES.map((u) => (
            <option key={u.id} value={u.id}>
              {u.name}
            </option>
          ))}
          <option value={CUSTOM_UNIT}>Custom…</option>
        </select>
      </div>
      {custom && <TextField label="Custom unit" value={unit ?? ''} onChange={(v) => onChange(v || undefined)} />}
    </>
  );
}
