import { describe, expect, it } from 'vitest';
import type { LogFieldSummary } from '../../../electron/contract';
import { canVisualize, formatPercent, groupFields, matchesFieldSearch, topValueShares, topValuesCaption } from './field-sidebar-model';

const field = (name: string, count: number, type: LogFieldSummary['type'] = 'keyword', top: LogFieldSummary['top'] = []): LogFieldSummary => ({ name, type, count, top });

const fields = [
  field('@timestamp', 500, 'date'),
  field('error.type', 0),
  field('host.name', 500),
  field('http.response.status_code', 480, 'number'),
  field('log.level', 500),
  field('message', 500, 'text'),
  field('service.name', 500),
  field('user.id', 0),
];

describe('matchesFieldSearch', () => {
  it('matches a substring in any case', () => {
    expect(matchesFieldSearch('http.response.status_code', 'STATUS')).toBe(true);
    expect(matchesFieldSearch('service.name', 'host')).toBe(false);
  });

  it('reads * as any run of characters and other characters literally', () => {
    expect(matchesFieldSearch('http.response.status_code', 'http*code')).toBe(true);
    expect(matchesFieldSearch('http.response.status_code', 'code*http')).toBe(false);
    // A dot is a dot, not "any character".
    expect(matchesFieldSearch('hostname', 'host.name')).toBe(false);
  });

  it('matches everything when the search is blank', () => {
    expect(matchesFieldSearch('message', '   ')).toBe(true);
  });
});

describe('groupFields', () => {
  it('lists the columns in column order, then the other fields with values, then the empty ones', () => {
    const groups = groupFields(fields, ['service.name', 'log.level'], '');
    expect(groups.selected.map((f) => f.name)).toEqual(['service.name', 'log.level']);
    expect(groups.available.map((f) => f.name)).toEqual(['@timestamp', 'host.name', 'http.response.status_code', 'message']);
    expect(groups.empty.map((f) => f.name)).toEqual(['error.type', 'user.id']);
  });

  it('keeps a column the sample does not describe, without a summary', () => {
    const groups = groupFields(fields, ['trace.id'], '');
    expect(groups.selected).toEqual([{ name: 'trace.id', summary: undefined }]);
  });

  it('keeps an empty field that is a column among the selected ones', () => {
    const groups = groupFields(fields, ['error.type'], '');
    expect(groups.selected.map((f) => f.name)).toEqual(['error.type']);
    expect(groups.empty.map((f) => f.name)).toEqual(['user.id']);
  });

  it('filters every group by the search', () => {
    const groups = groupFields(fields, ['service.name', 'log.level'], 'e.');
    expect(groups.selected.map((f) => f.name)).toEqual(['service.name']);
    expect(groups.available.map((f) => f.name)).toEqual(['http.response.status_code']);
    expect(groups.empty).toEqual([]);
    expect(groupFields(fields, [], 'ERROR').empty.map((f) => f.name)).toEqual(['error.type']);
  });
});

describe('topValueShares', () => {
  it('gives each value its share of the sampled hits, not of the hits holding the field', () => {
    const summary = field('log.level', 400, 'keyword', [
      { value: 'info', count: 300 },
      { value: 'error', count: 75 },
      { value: 'warn', count: 25 },
    ]);
    expect(topValueShares(summary, 500)).toEqual([
      { value: 'info', count: 300, percent: 60 },
      { value: 'error', count: 75, percent: 15 },
      { value: 'warn', count: 25, percent: 5 },
    ]);
  });

  it('gives 0% rather than dividing by zero when nothing was sampled', () => {
    expect(topValueShares(field('x', 0, 'keyword', [{ value: 'a', count: 0 }]), 0)[0]!.percent).toBe(0);
  });
});

describe('formatting', () => {
  it('prints shares with one decimal and tiny shares as <0.1%', () => {
    expect(formatPercent(100 / 3)).toBe('33.3%');
    expect(formatPercent(100)).toBe('100.0%');
    expect(formatPercent(0.02)).toBe('<0.1%');
    expect(formatPercent(0)).toBe('0.0%');
  });

  it('words the top-values caption as Kibana does, with thousands separators', () => {
    expect(topValuesCaption(10, 500, 1234)).toBe('Top 10 values in 500 of 1,234 records');
    expect(topValuesCaption(1, 1, 1)).toBe('Top 1 value in 1 of 1 records');
  });

  it('offers Visualize for whole-value fields only', () => {
    expect(canVisualize('keyword')).toBe(true);
    expect(canVisualize('number')).toBe(true);
    expect(canVisualize('text')).toBe(false);
    expect(canVisualize('date')).toBe(false);
    expect(canVisualize(undefined)).toBe(false);
  });
});
