import { memo } from 'react';
import type { FieldDefaults } from '../../../../electron/contract';
import { reduceSeries, reducerName } from '../lib/reduce';
import { formatText } from '../lib/units';
import { seriesDash } from '../lib/palette';
import type { LegendOptions } from './panel-options';
import type { Frame } from './types';

type Props = {
  frames: Frame[];
  options: LegendOptions;
  defaults: FieldDefaults;
  /** The one series shown alone, if the learner isolated one. */
  isolated: number | undefined;
  onToggle(index: number): void;
  palette: 'default' | 'high-contrast';
  /** Each series' colour, as the chart draws it. */
  colours: string[];
};

/**
 * The legend: a list, or a table with the chosen calcs as columns. Each name is a button: pressing it shows only
 * that series, pressing it again shows all (Grafana's click behaviour), with aria-pressed saying which.
 */
export const SeriesLegend = memo(function SeriesLegend({ frames, options, defaults, isolated, onToggle, palette, colours }: Props) {
  const format = (v: number) => formatText(v, { unit: defaults.unit, decimals: defaults.decimals, noValue: '—' });
  const swatch = (i: number) => (
    <svg width="18" height="6" aria-hidden="true" className="legend-swatch">
      <line x1="0" y1="3" x2="18" y2="3" stroke={colours[i]} strokeWidth="3" strokeDasharray={seriesDash(i, palette)} />
    </svg>
  );
  const button = (f: Frame, i: number) => (
    <button
      type="button"
      className="legend-item"
      aria-pressed={isolated === i}
      data-dimmed={isolated !== undefined && isolated !== i ? 'true' : undefined}
      onClick={() => onToggle(i)}
      title={isolated === i ? 'Show all series' : 'Show only this series'}
    >
      {swatch(i)}
      {f.name || '(no name)'}
    </button>
  );
  if (options.displayMode === 'table') {
    return (
      <div className={`panel-legend panel-legend-table legend-${options.placement}`} role="region" aria-label="Legend">
        <table>
          <thead>
            <tr>
              <th scope="col">Name</th>
              {options.calcs.map((c) => (
                <th scope="col" key={c} className="numeric">
                  {reducerName(c)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {frames.map((f, i) => (
              <tr key={i}>
                <th scope="row">{button(f, i)}</th>
                {options.calcs.map((c) => (
                  <td key={c} className="numeric">
                    {format(reduceSeries(f.values, c))}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    );
  }
  return (
    <ul className={`panel-legend panel-legend-list legend-${options.placement}`} aria-label="Legend">
      {frames.map((f, i) => (
        <li key={i}>
          {button(f, i)}
          {options.calcs.map((c) => (
            <span key={c} className="legend-calc">
              {reducerName(c)}: {format(reduceSeries(f.values, c))}
            </span>
          ))}
        </li>
      ))}
    </ul>
  );
});
