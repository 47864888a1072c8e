import { describe, expect, it } from 'vitest';
import { completionContext } from '../../../electron/engine/promql/complete';
import type { CompletionSource } from './completion-source';
import { applyCompletion, completionsFor, quoteValue } from './completion-source';

const source: CompletionSource = {
  metrics: async () => ['http_requests_total', 'up'],
  labelNames: async (metric) => (metric === 'up' ? ['instance', 'job'] : ['code', 'job']),
  labelValues: async (label, metric) => (label === 'job' ? [`${metric}-api`, 'say "hi"'] : []),
};

/** Completes `marked` at its `|` with the item labelled `label`. */
async function complete(marked: string, label: string) {
  const cursor = marked.indexOf('|');
  const text = marked.slice(0, cursor) + marked.slice(cursor + 1);
  const context = completionContext(text, cursor)!;
  const items = await completionsFor(context, source);
  const item = items.find((i) => i.label === label);
  if (!item) throw new Error(`${label} not offered: ${items.map((i) => i.label).join(', ')}`);
  return applyCompletion(text, context, item);
}

describe('completing a query', () => {
  it('replaces the word being typed with a metric', async () => {
    expect(await complete('sum(http_req|)', 'http_requests_total')).toEqual({ text: 'sum(http_requests_total)', caret: 23 });
  });

  it('inserts a function with its parenthesis, not doubling one already there', async () => {
    expect((await complete('ra|', 'rate')).text).toBe('rate(');
    expect(await complete('ra|(x[5m])', 'rate')).toEqual({ text: 'rate(x[5m])', caret: 5 });
  });

  it('offers the label names of the metric the braces belong to', async () => {
    const context = completionContext('up{', 3)!;
    expect((await completionsFor(context, source)).map((i) => i.label)).toEqual(['instance', 'job']);
  });

  it('quotes a value as needed: opening, closing and escaping', async () => {
    expect((await complete('up{job=|', 'up-api')).text).toBe('up{job="up-api"');
    expect((await complete('up{job="u|', 'up-api')).text).toBe('up{job="up-api"');
    expect((await complete('up{job="u|"}', 'up-api')).text).toBe('up{job="up-api"}');
    expect((await complete('up{job="s|', 'say "hi"')).text).toBe('up{job="say \\"hi\\""');
  });

  it('escapes backslashes and the quote in use only', () => {
    expect(quoteValue('a\\b\'c"', "'")).toBe("a\\\\b\\'c\"");
    expect(quoteValue('a\\b', '`')).toBe('a\\b');
  });
});
