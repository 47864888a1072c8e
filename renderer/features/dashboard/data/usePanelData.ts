import { useEffect, useMemo, useRef, useState } from 'react';
import type { LogSearchResult, Panel } from '../../../../electron/contract';
import type { VariableState } from '../../../../electron/engine/dashboards';
import { buildQuery, interpolate, legendName } from '../../../../electron/engine/dashboards';
import { api } from '../../../api/client';
import type { Frame, PanelData, PanelRange } from '../panels/types';
import { framesFromResult } from './frames';

/** A logs panel's events, newest first. */
export type LogHits = LogSearchResult['hits'][number]['event'][];

/** One request a panel makes for one of its targets, or why it cannot make it. */
type PanelRequest =
  | { refId: string; kind: 'range' | 'instant'; expr: string; start: number; end: number; step: number; legendFormat?: string }
  | { refId: string; kind: 'logs'; query: string; from: number; to: number }
  | { refId: string; kind: 'invalid'; error: string };

type Answer = { refId: string; frames: Frame[]; logs?: LogHits; error?: string };

export type PanelQueryContext = {
  range: { from: number; to: number };
  variables: VariableState[];
  /** Drawing width in px (the step follows it, as in Grafana). */
  width: number;
  /** Only panels on screen (not in a collapsed row, not scrolled away) query. */
  active: boolean;
  /** Bumped to re-run the same queries (a manual refresh). */
  refreshKey: number;
};

const NO_QUERIES: PanelData = { state: 'done', frames: [] };

/** How many log events a logs panel shows. */
const LOGS_LIMIT = 200;

export function requestsFor(panel: Panel, ctx: Pick<PanelQueryContext, 'range' | 'variables' | 'width'>): { requests: PanelRequest[]; intervalMs: number } {
  let intervalMs = Math.max(1000, Math.round((ctx.range.to - ctx.range.from) / Math.max(1, ctx.width)));
  const requests: PanelRequest[] = [];
  for (const target of panel.targets ?? []) {
    if (target.hide || !target.expr?.trim()) continue;
    if (panel.type === 'logs') {
      requests.push({ refId: target.refId, kind: 'logs', query: interpolate(target.expr, ctx.variables), from: ctx.range.from, to: ctx.range.to });
      continue;
    }
    const built = buildQuery({ target, panel, range: ctx.range, widthPx: Math.max(1, ctx.width), variables: ctx.variables });
    if (!built.ok) {
      requests.push({ refId: target.refId, kind: 'invalid', error: built.error });
      continue;
    }
    intervalMs = built.intervalMs;
    requests.push({ refId: target.refId, kind: built.instant ? 'instant' : 'range', expr: built.expr, start: built.start, end: built.end, step: built.step, legendFormat: target.legendFormat });
  }
  return { requests, intervalMs };
}

async function run(request: PanelRequest): Promise<Answer> {
  const { refId } = request;
  switch (request.kind) {
    case 'invalid':
      return { refId, frames: [], error: request.error };
    case 'logs': {
      const result = await api().invoke('logs.query', { query: request.query, from: request.from, to: request.to, limit: LOGS_LIMIT, auto: true });
      return result.ok ? { refId, frames: [], logs: result.value.hits.map((hit) => hit.event) } : { refId, frames: [], error: result.error.message };
    }
    case 'instant':
    case 'range': {
      // Panels refreshing themselves are not the learner's queries: `auto` keeps them out of the event log.
      const result =
        request.kind === 'instant'
          ? await api().invoke('promql.query', { expr: request.expr, time: request.end, auto: true })
          : await api().invoke('promql.queryRange', { expr: request.expr, start: request.start, end: request.end, step: request.step, auto: true });
      if (!result.ok) return { refId, frames: [], error: result.error.message };
      return { refId, frames: framesFromResult(result.value, refId, (labels) => legendName(request.legendFormat, labels)) };
    }
  }
}

/**
 * A panel's data: its targets built into queries (variables interpolated, step from the width), run when the
 * panel is on screen and something they depend on changed. At most one round of requests is in flight per
 * panel; a change meanwhile runs once more afterwards, and an answer to superseded queries is dropped.
 */
export function usePanelData(panel: Panel, ctx: PanelQueryContext): { data: PanelData; logs?: LogHits; range: PanelRange; refreshing: boolean } {
  const { range: asked, variables, width } = ctx;
  const { requests, intervalMs } = useMemo(() => requestsFor(panel, { range: asked, variables, width }), [panel, asked, variables, width]);
  const key = useMemo(() => `${ctx.refreshKey}|${JSON.stringify(requests)}`, [requests, ctx.refreshKey]);
  const [state, setState] = useState<{ data: PanelData; logs?: LogHits; refreshing: boolean }>({ data: { state: 'loading', frames: [] }, refreshing: false });
  const latest = useRef({ key, requests });
  latest.current = { key, requests };
  const fetched = useRef<string | undefined>(undefined);
  const inFlight = useRef(false);
  const mounted = useRef(true);

  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  useEffect(() => {
    if (!ctx.active || fetched.current === key || inFlight.current) return;
    const loop = async () => {
      inFlight.current = true;
      // Run until what was fetched is what the panel now asks for (changes while in flight run once more).
      while (mounted.current && fetched.current !== latest.current.key) {
        const { key: asked, requests: batch } = latest.current;
        fetched.current = asked;
        // A refresh keeps the drawn data (the same object, so the chart does not redraw) until the answer lands.
        setState((s) => (s.data.state === 'loading' ? s : { ...s, refreshing: true }));
        const answers = await Promise.all(batch.map((r) => run(r).catch((e: unknown) => ({ refId: r.refId, frames: [], error: String(e) }) as Answer)));
        if (!mounted.current || latest.current.key !== asked) continue;
        const frames = answers.flatMap((a) => a.frames);
        const errors = answers.filter((a) => a.error).map((a) => `${a.refId}: ${a.error}`);
        const logs = answers.some((a) => a.logs) ? answers.flatMap((a) => a.logs ?? []) : undefined;
        setState({ data: errors.length > 0 ? { state: 'error', frames, error: errors.join('\n') } : { state: 'done', frames }, logs, refreshing: false });
      }
      inFlight.current = false;
    };
    void loop();
  }, [key, ctx.active]);

  const range = useMemo(() => ({ from: ctx.range.from, to: ctx.range.to, intervalMs }), [ctx.range.from, ctx.range.to, intervalMs]);
  // A panel without queries (a text panel, a new one) has nothing to wait for.
  return { data: requests.length === 0 ? NO_QUERIES : state.data, logs: state.logs, range, refreshing: requests.length > 0 && state.refreshing };
}
