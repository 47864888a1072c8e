import type { Panel } from '../../../../electron/contract';
import { REDUCER_IDS, reducerName } from '../lib/reduce';
import { legendOptions, option, reduceCalc, seriesStyle, stringOption, tooltipMode } from '../panels/panel-options';
import { CheckField, NumberField, SelectField, Section, TextField, choices } from './options-fields';
import { setCustom, setOption } from './options-update';

type Props = { panel: Panel; onChange(p: Panel): void };

const LEGEND_CALCS = ['min', 'max', 'mean', 'lastNotNull', 'last', 'sum'] as const;
const CALC_CHOICES = REDUCER_IDS.map((id) => ({ value: id, label: reducerName(id) }));

/** Options of the panel's visualisation type (legend, draw style, stat modes, text content…). */
export function VisualisationSection({ panel, onChange }: Props) {
  switch (panel.type) {
    case 'timeseries':
      return <TimeSeriesOptions panel={panel} onChange={onChange} />;
    case 'stat':
    case 'gauge':
    case 'bargauge':
      return <SingleValueOptions panel={panel} onChange={onChange} />;
    case 'table':
      return (
        <Section title="Table">
          <SelectField
            label="Cell display"
            value={String((panel.fieldConfig?.defaults.custom?.cellOptions as { type?: string } | undefined)?.type ?? 'auto') as 'auto' | 'color-text' | 'color-background'}
            options={choices(['auto', 'color-text', 'color-background'] as const, { auto: 'Auto', 'color-text': 'Colored text', 'color-background': 'Colored background' })}
            onChange={(type) => onChange(setCustom(panel, ['cellOptions'], { type }))}
          />
        </Section>
      );
    case 'text':
      return (
        <Section title="Text">
          <SelectField label="Mode" value={stringOption(panel, 'mode', ['markdown', 'html', 'code'] as const, 'markdown')} options={choices(['markdown', 'html', 'code'] as const, { markdown: 'Markdown', html: 'HTML (shown as text)', code: 'Code' })} onChange={(v) => onChange(setOption(panel, ['mode'], v))} />
          <TextField label="Content" multiline value={typeof panel.options?.content === 'string' ? panel.options.content : ''} onChange={(v) => onChange(setOption(panel, ['content'], v))} />
        </Section>
      );
    case 'logs':
      return (
        <Section title="Logs">
          <CheckField label="Show time" checked={panel.options?.showTime === true} onChange={(v) => onChange(setOption(panel, ['showTime'], v))} />
          <CheckField label="Wrap lines" checked={panel.options?.wrapLogMessage === true} onChange={(v) => onChange(setOption(panel, ['wrapLogMessage'], v))} />
        </Section>
      );
    default:
      return null;
  }
}

function TimeSeriesOptions({ panel, onChange }: Props) {
  const legend = legendOptions(panel);
  const style = seriesStyle(panel);
  return (
    <>
      <Section title="Legend">
        <SelectField
          label="Legend mode"
          value={legend.displayMode}
          options={choices(['list', 'table', 'hidden'] as const, { list: 'List', table: 'Table', hidden: 'Hidden' })}
          onChange={(v) => onChange(setOption(setOption(panel, ['legend', 'displayMode'], v), ['legend', 'showLegend'], v !== 'hidden'))}
        />
        <SelectField label="Legend placement" value={legend.placement} options={choices(['bottom', 'right'] as const, { bottom: 'Bottom', right: 'Right' })} onChange={(v) => onChange(setOption(panel, ['legend', 'placement'], v))} />
        <div role="group" aria-label="Legend values">
          {LEGEND_CALCS.map((calc) => (
            <CheckField
              key={calc}
              label={`Legend value: ${reducerName(calc)}`}
              checked={legend.calcs.includes(calc)}
              onChange={(on) => onChange(setOption(panel, ['legend', 'calcs'], on ? [...legend.calcs, calc] : legend.calcs.filter((c) => c !== calc)))}
            />
          ))}
        </div>
      </Section>
      <Section title="Graph styles">
        <SelectField label="Tooltip mode" value={tooltipMode(panel)} options={choices(['single', 'multi', 'none'] as const, { single: 'Single', multi: 'All', none: 'Hidden' })} onChange={(v) => onChange(setOption(panel, ['tooltip', 'mode'], v))} />
        <SelectField label="Style" value={style.drawStyle} options={choices(['line', 'bars', 'points'] as const, { line: 'Lines', bars: 'Bars', points: 'Points' })} onChange={(v) => onChange(setCustom(panel, ['drawStyle'], v))} />
        <NumberField label="Line width" value={style.lineWidth} min={0} max={10} onChange={(v) => onChange(setCustom(panel, ['lineWidth'], v))} />
        <NumberField label="Fill opacity (0–100)" value={style.fillOpacity} min={0} max={100} onChange={(v) => onChange(setCustom(panel, ['fillOpacity'], v))} />
        <SelectField label="Stack series" value={style.stacking} options={choices(['none', 'normal', 'percent'] as const, { none: 'Off', normal: 'Normal', percent: '100%' })} onChange={(v) => onChange(setCustom(panel, ['stacking', 'mode'], v))} />
        <SelectField
          label="Show thresholds"
          value={style.thresholdsStyle}
          options={choices(['off', 'line', 'area', 'line+area', 'dashed', 'line+dashed'] as const, { off: 'Off', line: 'As lines', area: 'As filled regions', 'line+area': 'As filled regions and lines', dashed: 'As lines (dashed)', 'line+dashed': 'As filled regions and lines (dashed)' })}
          onChange={(v) => onChange(setCustom(panel, ['thresholdsStyle', 'mode'], v))}
        />
      </Section>
    </>
  );
}

function SingleValueOptions({ panel, onChange }: Props) {
  const setCalc = (calc: string) => onChange(setOption(panel, ['reduceOptions'], { values: false, fields: '', ...option(panel, 'reduceOptions'), calcs: [calc] }));
  return (
    <Section title={panel.type === 'stat' ? 'Stat styles' : panel.type === 'gauge' ? 'Gauge' : 'Bar gauge'}>
      <SelectField label="Calculation" value={reduceCalc(panel)} options={CALC_CHOICES} onChange={setCalc} />
      {panel.type === 'stat' && (
        <>
          <SelectField label="Color mode" value={stringOption(panel, 'colorMode', ['value', 'background', 'none'] as const, 'value')} options={choices(['value', 'background', 'none'] as const, { value: 'Value', background: 'Background', none: 'None' })} onChange={(v) => onChange(setOption(panel, ['colorMode'], v))} />
          <SelectField label="Graph mode" value={stringOption(panel, 'graphMode', ['area', 'none'] as const, 'area')} options={choices(['area', 'none'] as const, { area: 'Area', none: 'None' })} onChange={(v) => onChange(setOption(panel, ['graphMode'], v))} />
          <SelectField
            label="Text mode"
            value={stringOption(panel, 'textMode', ['auto', 'value', 'value_and_name', 'name', 'none'] as const, 'auto')}
            options={choices(['auto', 'value', 'value_and_name', 'name', 'none'] as const, { auto: 'Auto', value: 'Value', value_and_name: 'Value and name', name: 'Name', none: 'None' })}
            onChange={(v) => onChange(setOption(panel, ['textMode'], v))}
          />
        </>
      )}
      {panel.type === 'gauge' && <CheckField label="Show threshold markers" checked={panel.options?.showThresholdMarkers !== false} onChange={(v) => onChange(setOption(panel, ['showThresholdMarkers'], v))} />}
      {panel.type === 'bargauge' && (
        <>
          <SelectField label="Orientation" value={stringOption(panel, 'orientation', ['auto', 'horizontal', 'vertical'] as const, 'auto')} options={choices(['auto', 'horizontal', 'vertical'] as const, { auto: 'Auto', horizontal: 'Horizontal', vertical: 'Vertical' })} onChange={(v) => onChange(setOption(panel, ['orientation'], v))} />
          <SelectField label="Display mode" value={stringOption(panel, 'displayMode', ['basic', 'gradient', 'lcd'] as const, 'gradient')} options={choices(['basic', 'gradient', 'lcd'] as const, { basic: 'Basic', gradient: 'Gradient', lcd: 'Retro LCD' })} onChange={(v) => onChange(setOption(panel, ['displayMode'], v))} />
        </>
      )}
    </Section>
  );
}
