import { memo, useMemo } from 'react';
import { readableTextOn } from '../lib/colors';
import { displayText } from './display';
import { PanelMessage } from './PanelMessage';
import { stringOption } from './panel-options';
import { gridShape, reduceFrames } from './single-value';
import { Sparkline } from './Sparkline';
import type { PanelProps } from './types';

const COLOR_MODES = ['value', 'background', 'background_solid', 'none'] as const;
const TEXT_MODES = ['auto', 'value', 'value_and_name', 'name', 'none'] as const;

/**
 * Grafana's stat panel: one big number per series (reduced by the panel's calc) in an automatic grid, coloured
 * by thresholds or mappings as text or background, with an optional sparkline.
 */
export const StatPanel = memo(function StatPanel({ panel, data, width, height }: PanelProps) {
  const { values, defaults } = useMemo(() => reduceFrames(panel, data.frames), [panel, data.frames]);
  const colorMode = stringOption(panel, 'colorMode', COLOR_MODES, 'value');
  const graphMode = stringOption(panel, 'graphMode', ['area', 'none'] as const, 'area');
  const textMode = stringOption(panel, 'textMode', TEXT_MODES, 'auto');
  if (data.state === 'error' || values.length === 0) return <PanelMessage data={data} empty={values.length === 0} noValue={defaults.noValue} />;

  const { columns, rows } = gridShape(values.length, width, height);
  const cellWidth = width / columns;
  const cellHeight = height / rows;
  const showName = textMode === 'name' || textMode === 'value_and_name' || (textMode === 'auto' && values.length > 1);
  const showValue = textMode !== 'name' && textMode !== 'none';
  const fontPx = Math.max(12, Math.min(cellHeight * (showName ? 0.35 : 0.5), (cellWidth / Math.max(3, longest(values.map((v) => displayText(v.display))))) * 1.6));
  const summary = `${panel.title || 'Stat'}: ${values.map((v) => `${v.frame.name}: ${displayText(v.display)}`).join('; ')}`;

  return (
    <div className="stat-grid" role="img" aria-label={summary} style={{ gridTemplateColumns: `repeat(${columns}, 1fr)`, width, height }}>
      {values.map(({ frame, index, display }) => {
        const color = display.color ?? 'var(--text, currentColor)';
        const background = colorMode === 'background' || colorMode === 'background_solid';
        return (
          <div key={index} className="stat-cell" style={background ? { background: color, color: readableTextOn(display.color) } : undefined}>
            {graphMode === 'area' && frame.times.length > 1 && (
              <Sparkline frame={frame} width={cellWidth - 8} height={cellHeight * 0.45} color={background ? readableTextOn(display.color) : color} />
            )}
            {showName && <div className="stat-name" style={{ fontSize: Math.max(11, fontPx * 0.4) }}>{frame.name}</div>}
            {showValue && (
              <div className="stat-value" style={{ fontSize: fontPx, color: !background && colorMode !== 'none' ? color : undefined }}>
                {display.prefix}
                {display.text}
                <span className="stat-suffix">{display.suffix}</span>
              </div>
            )}
          </div>
        );
      })}
    </div>
  );
});

function longest(texts: string[]): number {
  return texts.reduce((max, t) => Math.max(max, t.length), 0);
}
