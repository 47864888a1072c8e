import { CartesianGrid, Legend, Line, LineChart, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { DrillView, ViewSeries } from '../../../electron/contract';
import { clockTime } from '../../format';

type Props = { title: string; series: ViewSeries[]; view: DrillView; unit: string; scale: number; threshold?: number };

/** Grafana's classic palette, so a panel's colours look familiar. */
const COLOURS = ['#73bf69', '#f2cc0c', '#5794f2', '#ff9830', '#f2495c', '#b877d9', '#8ab8ff', '#96d98d'];

/** A time-series panel: one line per series over the last half hour, drawn live as the clock moves. */
export function MetricPanel({ title, series, view, unit, scale, threshold }: Props) {
  const names = series.map((s) => s.labels.service ?? Object.values(s.labels).join(','));
  const rows = new Map<number, Record<string, number>>();
  series.forEach((s, i) => {
    for (const sample of s.samples) {
      const row = rows.get(sample.t) ?? { t: sample.t };
      row[names[i]!] = Number((sample.v * scale).toFixed(3));
      rows.set(sample.t, row);
    }
  });
  const data = [...rows.values()].sort((a, b) => a.t! - b.t!);
  const worst = Math.max(...series.map((s) => (s.samples.at(-1)?.v ?? 0) * scale));
  return (
    <figure className="panel" aria-label={title}>
      <figcaption>
        <span>{title}</span>
        <span className="panel-value" data-testid="panel-value">
          {series.length > 0 && Number.isFinite(worst) ? `${worst.toFixed(unit === '%' ? 2 : 0)} ${unit}` : 'No data'}
        </span>
      </figcaption>
      <div className="panel-query">{series[0]?.metric ?? ''}</div>
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
              formatter={(v, name) => [`${String(v)} ${unit}`, String(name)]}
              contentStyle={{ background: '#181b1f', border: '1px solid #34373d' }}
            />
            {series.length > 1 && <Legend wrapperStyle={{ fontSize: 11 }} />}
            {threshold !== undefined && <ReferenceLine y={threshold} stroke="#f2495c" strokeDasharray="4 4" />}
            {names.map((name, i) => (
              <Line key={name} type="linear" dataKey={name} stroke={COLOURS[i % COLOURS.length]} dot={false} isAnimationActive={false} strokeWidth={1.5} connectNulls />
            ))}
          </LineChart>
        </ResponsiveContainer>
      </div>
    </figure>
  );
}
