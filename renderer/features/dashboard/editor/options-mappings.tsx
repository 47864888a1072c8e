import type { Panel } from '../../../../electron/contract';
import { NumberField, Section, TextField } from './options-fields';
import type { MappingRow } from './options-update';
import { addMapping, mappingRows, removeMappingRow, updateRangeRow, updateValueRow } from './options-update';

/** Value and range mappings (text and colour); regex and special mappings are listed and kept, not edited here. */
export function MappingsSection({ panel, onChange }: { panel: Panel; onChange(p: Panel): void }) {
  const rows = mappingRows(panel);
  return (
    <Section title="Value mappings">
      {rows.map((row, n) => (
        <div key={`${row.mapping}:${n}`} className="option-row" role="group" aria-label={`Mapping ${n + 1}`}>
          <MappingEditor panel={panel} row={row} n={n + 1} onChange={onChange} />
          <button type="button" className="dash-button" aria-label={`Remove mapping ${n + 1}`} onClick={() => onChange(removeMappingRow(panel, row))}>
            ✕
          </button>
        </div>
      ))}
      <button type="button" className="dash-button" onClick={() => onChange(addMapping(panel, 'value'))}>
        Add value mapping
      </button>
      <button type="button" className="dash-button" onClick={() => onChange(addMapping(panel, 'range'))}>
        Add range mapping
      </button>
    </Section>
  );
}

function MappingEditor({ panel, row, n, onChange }: { panel: Panel; row: MappingRow; n: number; onChange(p: Panel): void }) {
  if (row.kind === 'other') return <span>{`A ${row.type} mapping (kept as it is)`}</span>;
  const result = (
    <>
      <TextField label={`Display text ${n}`} value={row.result.text ?? ''} onChange={(text) => onChange(row.kind === 'value' ? updateValueRow(panel, row, { text }) : updateRangeRow(panel, row, { text }))} />
      <TextField label={`Colour ${n}`} value={row.result.color ?? ''} placeholder="none" onChange={(color) => onChange(row.kind === 'value' ? updateValueRow(panel, row, { color }) : updateRangeRow(panel, row, { color }))} />
    </>
  );
  if (row.kind === 'value') {
    return (
      <>
        <TextField label={`Value ${n}`} value={row.key} onChange={(key) => onChange(updateValueRow(panel, row, { key }))} />
        {result}
      </>
    );
  }
  return (
    <>
      <NumberField label={`From ${n}`} value={row.from} placeholder="−∞" onChange={(from) => onChange(updateRangeRow(panel, row, { from: from ?? null }))} />
      <NumberField label={`To ${n}`} value={row.to} placeholder="+∞" onChange={(to) => onChange(updateRangeRow(panel, row, { to: to ?? null }))} />
      {result}
    </>
  );
}
