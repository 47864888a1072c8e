import type { Panel } from '../../../../electron/contract';
import { CheckField, SelectField, Section, TextField, choices } from './options-fields';
import { addTarget, removeTarget, updateTarget } from './options-update';

const FORMATS = ['time_series', 'table', 'heatmap'] as const;

/** The panel's queries: expression, legend, instant, format and min step for each; add and remove. */
export function QueriesSection({ panel, onChange }: { panel: Panel; onChange(p: Panel): void }) {
  const logs = panel.type === 'logs';
  return (
    <Section title={logs ? 'Queries (KQL)' : 'Queries (PromQL)'}>
      {(panel.targets ?? []).map((target, index) => (
        <div key={target.refId} className="option-query" role="group" aria-label={`Query ${target.refId}`}>
          <TextField label={`Query ${target.refId}`} multiline value={target.expr ?? ''} onChange={(expr) => onChange(updateTarget(panel, index, { expr }))} />
          {!logs && (
            <>
              <TextField label={`Legend (${target.refId})`} placeholder="{{instance}}" value={target.legendFormat ?? ''} onChange={(legendFormat) => onChange(updateTarget(panel, index, { legendFormat }))} />
              <CheckField label={`Instant (${target.refId})`} checked={target.instant === true} onChange={(instant) => onChange(updateTarget(panel, index, { instant, range: !instant }))} />
              <SelectField
                label={`Format (${target.refId})`}
                value={target.format ?? 'time_series'}
                options={choices(FORMATS, { time_series: 'Time series', table: 'Table', heatmap: 'Heatmap' })}
                onChange={(format) => onChange(updateTarget(panel, index, { format }))}
              />
              <TextField label={`Min step (${target.refId})`} placeholder="15s" value={target.interval ?? ''} onChange={(interval) => onChange(updateTarget(panel, index, { interval }))} />
            </>
          )}
          <button type="button" className="dash-button" onClick={() => onChange(removeTarget(panel, index))}>
            Remove query {target.refId}
          </button>
        </div>
      ))}
      <button type="button" className="dash-button" onClick={() => onChange(addTarget(panel))}>
        Add query
      </button>
    </Section>
  );
}
