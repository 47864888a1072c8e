import { useEffect, useId, useRef, useState } from 'react';
import type { DrillView, PromqlResult } from '../../../electron/contract';
import { api } from '../../api/client';
import { useAppStore } from '../../state/store';
import type { TabSpec } from '../alerts/Tabs';
import { Tabs } from '../alerts/Tabs';
import { completionSourceFor } from './completion-source';
import { ExploreGraph } from './ExploreGraph';
import { autoStepSeconds, EXPLORE_RANGES, isEmptyResult, parseStepSeconds, resultFrames, resultRows } from './frames';
import { HistoryList } from './HistoryList';
import { QueryEditor } from './QueryEditor';
import { ResultTable } from './ResultTable';
import './explore.css';

type ResultTab = 'graph' | 'table';

/** What ran (so the graph keeps its range while the clock moves on) and what came back. */
type Run = { expr: string; instant: boolean; from: number; to: number; stepMs: number };
type Outcome = { status: 'loading'; run: Run } | { status: 'done'; run: Run; data: PromqlResult } | { status: 'error'; run: Run; error: string };

const EMPTY: string[] = [];

/**
 * Explore: an ad-hoc PromQL query against the drill's metrics, as a range graph or an instant table, with
 * the queries run before listed beside it. Every run is a drill event (`auto: false`).
 */
export function ExploreView({ view }: { view: DrillView }) {
  const id = useId();
  const text = useAppStore((s) => s.exploreText);
  const setText = useAppStore((s) => s.setExploreText);
  const mode = useAppStore((s) => s.exploreMode);
  const setMode = useAppStore((s) => s.setExploreMode);
  const rangeMs = useAppStore((s) => s.exploreRangeMs);
  const setRange = useAppStore((s) => s.setExploreRange);
  const stepText = useAppStore((s) => s.exploreStep);
  const setStep = useAppStore((s) => s.setExploreStep);
  const history = useAppStore((s) => s.exploreHistory[view.scenario] ?? EMPTY);
  const loadHistory = useAppStore((s) => s.loadExploreHistory);
  const remember = useAppStore((s) => s.rememberExploreQuery);
  const [tab, setTab] = useState<ResultTab>('graph');
  const [outcome, setOutcome] = useState<Outcome>();
  const ticket = useRef(0);
  const source = completionSourceFor(view);

  useEffect(() => loadHistory(view.scenario), [loadHistory, view.scenario]);

  const autoStep = autoStepSeconds(rangeMs);
  const typedStep = stepText.trim() === '' ? undefined : parseStepSeconds(stepText);
  const stepInvalid = stepText.trim() !== '' && typedStep === undefined;
  const canRun = text.trim() !== '' && !(mode === 'range' && stepInvalid);

  const run = async () => {
    const expr = text.trim();
    if (!canRun) return;
    remember(view.scenario, expr);
    const to = view.startUnixMs + view.now;
    const step = typedStep ?? autoStep;
    const ran: Run = { expr, instant: mode === 'instant', from: to - rangeMs, to, stepMs: step * 1000 };
    const mine = ++ticket.current;
    setOutcome({ status: 'loading', run: ran });
    if (mode === 'instant') setTab('table');
    try {
      const result =
        mode === 'instant'
          ? await api().invoke('promql.query', { expr, time: to / 1000, auto: false })
          : await api().invoke('promql.queryRange', { expr, start: ran.from / 1000, end: to / 1000, step, auto: false });
      if (mine !== ticket.current) return;
      setOutcome(result.ok ? { status: 'done', run: ran, data: result.value } : { status: 'error', run: ran, error: result.error.message });
    } catch (error) {
      if (mine === ticket.current) setOutcome({ status: 'error', run: ran, error: String(error) });
    }
  };

  const tabs: TabSpec<ResultTab>[] = [
    { key: 'graph', label: 'Graph' },
    { key: 'table', label: 'Table' },
  ];

  return (
    <section className="explore-view" aria-label="Explore">
      <div className="explore-main">
        <QueryEditor label="PromQL query" value={text} onChange={setText} onRun={() => void run()} source={source} />
        <div className="explore-controls">
          <div role="group" aria-label="Query type" className="explore-mode">
            <button type="button" aria-pressed={mode === 'range'} onClick={() => setMode('range')}>
              Range
            </button>
            <button type="button" aria-pressed={mode === 'instant'} onClick={() => setMode('instant')}>
              Instant
            </button>
          </div>
          <label htmlFor={`${id}-range`}>{mode === 'range' ? 'Range' : 'Look back'}</label>
          <select id={`${id}-range`} value={rangeMs} onChange={(event) => setRange(Number(event.target.value))} disabled={mode === 'instant'}>
            {EXPLORE_RANGES.map((r) => (
              <option key={r.ms} value={r.ms}>
                Last {r.label}
              </option>
            ))}
          </select>
          <label htmlFor={`${id}-step`}>Step</label>
          <input
            id={`${id}-step`}
            className="explore-step"
            value={stepText}
            placeholder={`auto (${autoStep}s)`}
            onChange={(event) => setStep(event.target.value)}
            disabled={mode === 'instant'}
            aria-invalid={stepInvalid || undefined}
            aria-describedby={stepInvalid ? `${id}-step-problem` : undefined}
          />
          {stepInvalid && mode === 'range' && (
            <span id={`${id}-step-problem`} className="explore-step-problem">
              Step must be seconds or a duration such as 30s or 1m.
            </span>
          )}
          <button type="button" className="explore-run" onClick={() => void run()} disabled={!canRun}>
            Run query
          </button>
        </div>
        <Tabs<ResultTab> label="Result view" tabs={tabs} selected={tab} onSelect={setTab}>
          <ExploreResult outcome={outcome} tab={tab} now={view.startUnixMs + view.now} />
        </Tabs>
      </div>
      <HistoryList history={history} onPick={setText} />
    </section>
  );
}

/** The result area: nothing yet, loading, the error in place, "Empty query result", or the graph or table. */
function ExploreResult({ outcome, tab, now }: { outcome?: Outcome; tab: ResultTab; now: number }) {
  if (!outcome) return <p className="muted explore-message">Run a query to see its result.</p>;
  if (outcome.status === 'loading') return <p className="muted explore-message" aria-live="polite">Running…</p>;
  if (outcome.status === 'error')
    return (
      <p className="explore-error" role="alert">
        {outcome.error}
      </p>
    );
  const { data, run } = outcome;
  if (isEmptyResult(data)) return <p className="muted explore-message" aria-live="polite">Empty query result</p>;
  if (tab === 'table') return <ResultTable rows={resultRows(data)} range={data.resultType === 'matrix'} />;
  if (data.resultType === 'string') return <p className="muted explore-message">A string result has no graph; see the Table tab.</p>;
  return <ExploreGraph frames={resultFrames(data)} range={{ from: run.instant ? run.to - 60_000 : run.from, to: run.to, intervalMs: run.stepMs }} now={now} />;
}
