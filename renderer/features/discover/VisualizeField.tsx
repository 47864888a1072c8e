import { useEffect, useMemo, useRef, useState } from 'react';
import type { LogFieldOverTime } from '../../../electron/contract';
import { formatDuration } from '../../../electron/engine/promql/parser/duration';
import { api } from '../../api/client';
import { useElementSize } from '../dashboard/grid/useElementSize';
import { PanelBody } from '../dashboard/panels/renderPanel';
import { firstBucket, visualizeFrames, visualizePanel } from './visualize-series';
import './discover-side.css';

type Props = { field: string; query: string; fromMs: number; toMs: number; onClose(): void };
type Answer = { key: string } & ({ status: 'loading' } | { status: 'ok'; data: LogFieldOverTime } | { status: 'error'; message: string });

const TOP = 5;
const CHART_HEIGHT = 300;

/**
 * Discover's "Visualize": the hits of the current query counted over time for the field's top five values
 * (plus Other and (missing)), drawn as stacked bars by the dashboards' time series panel, with a table view.
 * The learner asked for it, so the request is a drill event (`auto: false`).
 */
export function VisualizeField({ field, query, fromMs, toMs, onClose }: Props) {
  const [answer, setAnswer] = useState<Answer>();
  const [tableView, setTableView] = useState(false);
  // The request last sent: one learner request is one drill event, so a second effect run (StrictMode's
  // remount) for the same inputs must not send it again, and an answer to an older request is dropped.
  const requested = useRef<string>(undefined);
  useEffect(() => {
    const key = JSON.stringify([field, query, fromMs, toMs]);
    if (requested.current === key) return;
    requested.current = key;
    setAnswer({ key, status: 'loading' });
    void api()
      .invoke('logs.fieldOverTime', { field, query, from: fromMs, to: toMs, top: TOP, auto: false })
      .then((result) => {
        if (requested.current !== key) return;
        setAnswer(result.ok ? { key, status: 'ok', data: result.value } : { key, status: 'error', message: result.error.message });
      });
  }, [field, query, fromMs, toMs]);

  return (
    <section className="visualize-field" aria-label={`Visualize ${field}`}>
      <div className="visualize-head">
        <h3>
          {field}: top {TOP} values over time
        </h3>
        <button type="button" aria-pressed={tableView} onClick={() => setTableView(!tableView)}>
          Table view
        </button>
        <button type="button" aria-label="Close visualization" onClick={onClose}>
          Close
        </button>
      </div>
      {answer?.status === 'loading' && (
        <p className="muted" role="status">
          Counting {field} over time…
        </p>
      )}
      {answer?.status === 'error' && (
        <p className="side-error" role="alert">
          {answer.message}
        </p>
      )}
      {answer?.status === 'ok' && <FieldChart key={answer.key} data={answer.data} tableView={tableView} />}
    </section>
  );
}

function FieldChart({ data, tableView }: { data: LogFieldOverTime; tableView: boolean }) {
  const box = useRef<HTMLDivElement>(null);
  const { width } = useElementSize(box);
  const frames = useMemo(() => visualizeFrames(data), [data]);
  const panel = useMemo(() => visualizePanel(data.field, formatDuration(data.intervalMs)), [data.field, data.intervalMs]);
  // The time series panel centres a bar on its time: half an interval either side keeps the end bars whole.
  const range = useMemo(() => {
    const half = data.intervalMs / 2;
    const buckets = Math.max(1, ...frames.map((f) => f.times.length));
    return { from: firstBucket(data) - half, to: firstBucket(data) + (buckets - 1) * data.intervalMs + half, intervalMs: data.intervalMs };
  }, [data, frames]);
  if (frames.length === 0) return <p className="muted">No hits in this range hold {data.field}.</p>;
  return (
    <div ref={box} className="visualize-chart">
      {width > 0 && <PanelBody panel={panel} data={{ state: 'done', frames }} range={range} width={width} height={CHART_HEIGHT} tableView={tableView} now={data.to} />}
    </div>
  );
}
