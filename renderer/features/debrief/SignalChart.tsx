import { memo, useMemo } from 'react';
import { CartesianGrid, Line, LineChart, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import { timeTicks } from '../../format';
import type { Debrief } from './debrief-model';
import { formatSignal, signalRows, sinceStart } from './debrief-model';

/** Plot geometry shared with the swim lanes below, so a marker sits under the same instant as the line above it. */
export const PLOT_LEFT = 72;
export const PLOT_RIGHT = 16;
const HEIGHT = 240;

export const YOU_COLOUR = '#5794f2';
export const IDEAL_COLOUR = '#73bf69';

type Props = { signal: NonNullable<Debrief['signal']>; end: number; width: number; highlight: number | null };

/** The debrief signal for the learner and the ideal path: two lines on the shared time axis. */
export const SignalChart = memo(function SignalChart({ signal, end, width, highlight }: Props) {
  const rows = useMemo(() => signalRows(signal), [signal]);
  const ticks = useMemo(() => timeTicks(0, end, Math.max(2, Math.floor((width - PLOT_LEFT) / 80))), [end, width]);
  const format = (v: number) => formatSignal(v, signal.unit);
  return (
    <LineChart width={width} height={HEIGHT} data={rows} margin={{ top: 8, right: PLOT_RIGHT, bottom: 0, left: 0 }} accessibilityLayer={false}>
      <CartesianGrid stroke="#2c3038" vertical={false} />
      <XAxis dataKey="t" type="number" domain={[0, end]} ticks={ticks} tickFormatter={sinceStart} stroke="currentColor" allowDataOverflow />
      <YAxis type="number" domain={[0, 'auto']} width={PLOT_LEFT} tickFormatter={format} stroke="currentColor" />
      <Tooltip
        labelFormatter={(t) => `${sinceStart(Number(t))} since start`}
        formatter={(value, name) => [format(Number(value)), name === 'you' ? 'You' : 'Ideal']}
        contentStyle={{ background: '#181b1f', border: '1px solid #2c3038' }}
      />
      <Line type="linear" dataKey="you" name="you" stroke={YOU_COLOUR} strokeWidth={2.5} dot={false} isAnimationActive={false} connectNulls={false} />
      {signal.ideal && <Line type="linear" dataKey="ideal" name="ideal" stroke={IDEAL_COLOUR} strokeWidth={2} strokeDasharray="6 4" dot={false} isAnimationActive={false} connectNulls={false} />}
      {highlight !== null && <ReferenceLine x={highlight} stroke="#ff9830" strokeWidth={2} ifOverflow="hidden" />}
    </LineChart>
  );
});
