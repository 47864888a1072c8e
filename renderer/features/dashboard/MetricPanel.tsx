import { CartesianGrid, Line, LineChart, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { DrillView, Series } from '../../../electron/contract';
import { clockTime } from '../../format';

type Props = { title: string; series: Series; view: DrillView; unit: string; scale: number; threshold?: number };

/** One time-series panel: the series' last half hour, drawn live as the clock moves. */
export function MetricPanel({ title, series, view, unit, scale, threshold }: Props) {
  const data = series.samples.map((s) => ({ t: s.t, value: Number((s.v * scale).toFixed(3)) }));
  const latest = data[data.length - 1];
  const labels = Object.entries(series.labels).map(([k, v]) => `${k}="${v}"`).join(', ');
  return (
    <figure className="panel" aria-label={title}>
      <figcaption>
        <span>{title}</span>
        <span className="panel-value" data-testid="panel-value">
          {latest ? `${latest.value.toFixed(unit === '%' ? 2 : 0)} ${unit}` : 'No data'}
        </span>
      </figcaption>
      <div className="panel-query">
        {series.metric}
        {`{${labels}}`}
      </div>
      <div className="panel-chart">
        <ResponsiveContainer width="100%" height="100%">
          <LineChart data={data} margin={{ top: 6, right: 12, bottom: 0, left: 0 }}>
            <CartesianGrid stroke="#2a2d35" strokeDasharray="3 3" />
            <XAxis
              dataKey="t"
              type="number"
              domain={['dataMin', 'dataMax']}
              tickFormatter={(t: number) => clockTime(view.startUnixMs, t).slice(0, 5)}
              stroke="#8e8e99"
              fontSize={11}
            />
            <YAxis stroke="#8e8e99" fontSize={11} width={48} unit={unit === '%' ? '%' : ''} />
            <Tooltip
              labelFormatter={(t) => clockTime(view.startUnixMs, Number(t))}
              formatter={(v) => [`${String(v)} ${unit}`, series.metric]}
              contentStyle={{ background: '#181b1f', border: '1px solid #34373d' }}
            />
            {threshold !== undefined && <ReferenceLine y={threshold} stroke="#f2495c" strokeDasharray="4 4" />}
            <Line type="linear" dataKey="value" stroke="#73bf69" dot={false} isAnimationActive={false} strokeWidth={1.5} />
          </LineChart>
        </ResponsiveContainer>
      </div>
    </figure>
  );
}
