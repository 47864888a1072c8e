import { memo, useMemo } from 'react';
import { colourFor, thresholdBands } from '../lib/thresholds';
import { displayText } from './display';
import { PanelMessage } from './PanelMessage';
import { stringOption } from './panel-options';
import { fillFraction, reduceFrames } from './single-value';
import type { PanelProps } from './types';

const LCD_CELL_PX = 12;

/**
 * Grafana's bar gauge: one bar per series filled to its value, horizontal or vertical; `basic` is a solid bar in
 * the value's colour, `gradient` fades through the threshold colours, `lcd` lights cells each in its own
 * threshold colour up to the value.
 */
export const BarGaugePanel = memo(function BarGaugePanel({ panel, data, width, height }: PanelProps) {
  const { values, range, defaults } = useMemo(() => reduceFrames(panel, data.frames), [panel, data.frames]);
  const orientationOption = stringOption(panel, 'orientation', ['auto', 'horizontal', 'vertical'] as const, 'auto');
  const mode = stringOption(panel, 'displayMode', ['basic', 'gradient', 'lcd'] as const, 'gradient');
  if (data.state === 'error' || values.length === 0) return <PanelMessage data={data} empty={values.length === 0} noValue={defaults.noValue} />;

  // Grafana's auto: bars side by side in a wide panel, stacked rows in a tall one.
  const vertical = orientationOption === 'vertical' || (orientationOption === 'auto' && width > height * 1.5 && values.length > 1);
  const bands = thresholdBands(defaults.thresholds, range);
  const gradient = `linear-gradient(${vertical ? 'to top' : 'to right'}, ${bands.map((b) => `${b.color} ${((b.from - range.min) / (range.max - range.min)) * 100}%`).join(', ')})`;
  const summary = `${panel.title || 'Bar gauge'}: ${values.map((v) => `${v.frame.name}: ${displayText(v.display)}`).join('; ')}`;

  return (
    <div className={`bargauge ${vertical ? 'bargauge-vertical' : 'bargauge-horizontal'}`} role="img" aria-label={summary} style={{ width, height }}>
      {values.map(({ frame, index, display }) => {
        const fraction = fillFraction(display.numeric, range);
        const color = display.color ?? '#5794F2';
        return (
          <div key={index} className="bargauge-row">
            <div className="bargauge-name">{frame.name}</div>
            <div className="bargauge-track">
              {mode === 'lcd' ? (
                <LcdCells fraction={fraction} vertical={vertical} colorAt={(f) => colourFor(range.min + f * (range.max - range.min), defaults.thresholds, range) ?? color} />
              ) : (
                <div
                  className="bargauge-fill"
                  style={{
                    [vertical ? 'height' : 'width']: `${fraction * 100}%`,
                    background: mode === 'gradient' && bands.length > 1 ? gradient : color,
                    backgroundSize: vertical ? `100% ${100 / Math.max(fraction, 0.001)}%` : `${100 / Math.max(fraction, 0.001)}% 100%`,
                  }}
                />
              )}
            </div>
            <div className="bargauge-value" style={{ color }}>
              {displayText(display)}
            </div>
          </div>
        );
      })}
    </div>
  );
});

/** LCD mode: equal cells; lit up to the value, each in the threshold colour of its own position. */
function LcdCells({ fraction, vertical, colorAt }: { fraction: number; vertical: boolean; colorAt(f: number): string }) {
  const count = 20;
  return (
    <div className="bargauge-lcd" style={{ flexDirection: vertical ? 'column-reverse' : 'row', gap: Math.max(1, LCD_CELL_PX / 6) }}>
      {Array.from({ length: count }, (_, i) => {
        const at = (i + 0.5) / count;
        return <span key={i} className="bargauge-lcd-cell" style={{ background: colorAt(at), opacity: at <= fraction ? 1 : 0.15 }} />;
      })}
    </div>
  );
}
