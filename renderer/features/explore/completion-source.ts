/**
 * Where the completion popup's names come from: the drill's metric names, the label names of a metric's
 * series, and a label's values — asked of the back end once per drill and kept (the series a drill has do
 * not change while the learner types).
 */
import type { DrillView } from '../../../electron/contract';
import type { Completion, CompletionContext } from '../../../electron/engine/promql/complete';
import { DURATION_COMPLETIONS, expressionCandidates, rankCompletions } from '../../../electron/engine/promql/complete';
import { api } from '../../api/client';

/** The lookups the popup needs; each resolves to [] when the back end cannot answer. */
export type CompletionSource = {
  metrics(): Promise<string[]>;
  labelNames(metric?: string): Promise<string[]>;
  labelValues(label: string, metric?: string): Promise<string[]>;
};

/** How many items the popup lists at most (the rest are reached by typing more). */
export const MAX_ITEMS = 100;

async function valueOf<T>(request: Promise<{ ok: true; value: T } | { ok: false }>, fallback: T): Promise<T> {
  try {
    const result = await request;
    return result.ok ? result.value : fallback;
  } catch {
    return fallback;
  }
}

/** A selector matching one metric, for the `match` of series and label-value requests. */
const matcherFor = (metric: string) => `{__name__=${JSON.stringify(metric)}}`;

/** A source that asks the back end, remembering each answer (a failed one is asked again next time). */
export function apiCompletionSource(): CompletionSource {
  const cache = new Map<string, Promise<string[]>>();
  const remember = (key: string, load: () => Promise<string[] | undefined>): Promise<string[]> => {
    const known = cache.get(key);
    if (known) return known;
    const pending = load().then((names) => {
      if (!names) cache.delete(key);
      return names ?? [];
    });
    cache.set(key, pending);
    return pending;
  };
  return {
    metrics: () => remember('metrics', () => valueOf(api().invoke('promql.labelValues', { label: '__name__' }), undefined)),
    labelNames: (metric) =>
      remember(`labels\u0000${metric ?? ''}`, async () => {
        if (metric) {
          const series = await valueOf(api().invoke('promql.series', { match: [matcherFor(metric)] }), undefined);
          if (series && series.length > 0) return [...new Set(series.flatMap((labels) => Object.keys(labels)))].filter((n) => n !== '__name__').sort();
        }
        const all = await valueOf(api().invoke('promql.labels', {}), undefined);
        return all?.filter((n) => n !== '__name__');
      }),
    labelValues: (label, metric) =>
      remember(`values\u0000${label}\u0000${metric ?? ''}`, () =>
        valueOf(api().invoke('promql.labelValues', metric ? { label, match: [matcherFor(metric)] } : { label }), undefined),
      ),
  };
}

/** One source per drill (scenario, seed and start), so a new drill starts with an empty cache. */
const sources = new Map<string, CompletionSource>();
export function completionSourceFor(view: DrillView): CompletionSource {
  const key = `${view.scenario}\u0000${view.seed}\u0000${view.startUnixMs}`;
  let source = sources.get(key);
  if (!source) {
    sources.clear();
    source = apiCompletionSource();
    sources.set(key, source);
  }
  return source;
}

/** A label value as it goes between quotes: backslashes and the quote itself escaped. */
export function quoteValue(value: string, quote: string): string {
  if (quote === '`') return value;
  return value.replace(/\\/g, '\\\\').replace(new RegExp(quote, 'g'), `\\${quote}`);
}

/** The items for a context, ranked against what was typed, with what accepting each should insert. */
export async function completionsFor(context: CompletionContext, source: CompletionSource): Promise<Completion[]> {
  switch (context.kind) {
    case 'expression':
      return rankCompletions(context.prefix, expressionCandidates(await source.metrics(), context.afterOperand)).slice(0, MAX_ITEMS);
    case 'labelName': {
      const names = await source.labelNames(context.metric);
      return rankCompletions(context.prefix, names.map((label): Completion => ({ label, kind: 'label' }))).slice(0, MAX_ITEMS);
    }
    case 'labelValue': {
      const quote = context.quote ?? '"';
      const values = await source.labelValues(context.label, context.metric);
      const items = values.map((label): Completion => {
        const body = quoteValue(label, quote);
        return { label, kind: 'value', insert: `${context.quote ? '' : quote}${body}${context.closed ? '' : quote}` };
      });
      return rankCompletions(context.prefix, items).slice(0, MAX_ITEMS);
    }
    case 'duration':
      return rankCompletions(context.prefix, DURATION_COMPLETIONS);
  }
}

/** The text after accepting `item` in `context`, and where the caret goes. */
export function applyCompletion(text: string, context: CompletionContext, item: Completion): { text: string; caret: number } {
  const insert = item.insert ?? item.label;
  // A function's `(` is not doubled when the text already has one right after the word: the caret goes past it.
  const reusesParen = insert.endsWith('(') && text[context.to] === '(';
  const written = reusesParen ? insert.slice(0, -1) : insert;
  const next = text.slice(0, context.from) + written + text.slice(context.to);
  const caret = context.from + written.length + (reusesParen ? 1 : 0);
  return { text: next, caret };
}
