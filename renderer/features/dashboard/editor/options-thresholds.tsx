import type { Panel } from '../../../../electron/contract';
import { NAMED_COLORS, resolveColor } from '../lib/colors';
import { DEFAULT_THRESHOLDS } from '../lib/thresholds';
import { NumberField, SelectField, Section, TextField, choices } from './options-fields';
import { addThresholdStep, orderedSteps, removeThresholdStep, setThresholdMode, updateThresholdStep } from './options-update';

/** Threshold steps (highest first, the base step last as "Base"), their colours and the mode. */
export function ThresholdsSection({ panel, onChange }: { panel: Panel; onChange(p: Panel): void }) {
  const thresholds = panel.fieldConfig?.defaults.thresholds ?? DEFAULT_THRESHOLDS;
  return (
    <Section title="Thresholds">
      <datalist id="grafana-named-colors">
        {NAMED_COLORS.map((c) => (
          <option key={c} value={c} />
        ))}
      </datalist>
      {orderedSteps(panel).map(({ step, index }) => (
        <div key={index} className="option-row">
          <span className="option-swatch" style={{ background: resolveColor(step.color) }} aria-hidden="true" />
          <ColorInput label={step.value === null ? 'Base colour' : `Colour of step ${index}`} value={step.color} onChange={(color) => onChange(updateThresholdStep(panel, index, { color }))} />
          {step.value === null ? (
            <span className="option-base">Base</span>
          ) : (
            <>
              <NumberField label={`Value of step ${index}`} value={step.value} placeholder="" onChange={(value) => value !== undefined && onChange(updateThresholdStep(panel, index, { value }))} />
              <button type="button" className="dash-button" aria-label={`Remove threshold ${step.value}`} onClick={() => onChange(removeThresholdStep(panel, index))}>
                ✕
              </button>
            </>
          )}
        </div>
      ))}
      <button type="button" className="dash-button" onClick={() => onChange(addThresholdStep(panel))}>
        Add threshold
      </button>
      <SelectField label="Thresholds mode" value={thresholds.mode} options={choices(['absolute', 'percentage'] as const, { absolute: 'Absolute', percentage: 'Percentage' })} onChange={(mode) => onChange(setThresholdMode(panel, mode))} />
    </Section>
  );
}

/** A colour by Grafana name or CSS value, with the named colours offered. */
export function ColorInput({ label, value, onChange }: { label: string; value: string; onChange(v: string): void }) {
  return (
    <div className="option-color">
      <TextField label={label} value={value} onChange={onChange} placeholder="green, #73BF69" list="grafana-named-colors" />
    </div>
  );
}
