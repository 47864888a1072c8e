import type { ResultRow } from './frames';

/** A series' labels as chips, the metric name first (as Prometheus's table shows it). */
function LabelChips({ labels }: { labels: Record<string, string> }) {
  const { __name__: name, ...rest } = labels;
  return (
    <span className="explore-series">
      {name && <span className="explore-metric-name">{name}</span>}
      {Object.entries(rest).map(([key, value]) => (
        <span key={key} className="explore-chip">
          {key}="{value}"
        </span>
      ))}
      {!name && Object.keys(rest).length === 0 && <span className="muted">{'{}'}</span>}
    </span>
  );
}

/** One row per series: its labels and value; for a range query the last value and how many samples it had. */
export function ResultTable({ rows, range }: { rows: ResultRow[]; range: boolean }) {
  return (
    <table className="explore-table">
      <thead>
        <tr>
          <th scope="col">Series</th>
          <th scope="col">{range ? 'Last value' : 'Value'}</th>
          {range && <th scope="col">Samples</th>}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.key}>
            <td>
              <LabelChips labels={row.labels} />
            </td>
            <td className="explore-value">{row.value}</td>
            {range && <td className="explore-value">{row.samples ?? ''}</td>}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
