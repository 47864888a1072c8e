import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { LogFieldSummary } from '../../../electron/contract';
import { FieldSidebar } from './FieldSidebar';

const fields: LogFieldSummary[] = [
  { name: 'error.type', type: 'keyword', count: 0, top: [] },
  { name: 'http.response.status_code', type: 'number', count: 480, top: [{ value: '200', count: 450 }] },
  { name: 'log.level', type: 'keyword', count: 500, top: [{ value: 'info', count: 400 }] },
  { name: 'message', type: 'text', count: 500, top: [] },
];

const render = (columns: string[]) =>
  renderToStaticMarkup(createElement(FieldSidebar, { fields, sampled: 500, total: 1234, columns, onToggleColumn: () => undefined, onFilter: () => undefined, onVisualize: () => undefined }));

/** The field names listed under a group, in order, read from the markup. */
function listed(html: string, group: string): string[] {
  const list = new RegExp(`<ul class="field-list" aria-label="${group}">(.*?)</ul>`).exec(html)?.[1] ?? '';
  return [...list.matchAll(/<\/span>([^<]+)<\/button>/g)].map((m) => m[1]!);
}

describe('FieldSidebar markup', () => {
  it('lists the columns as selected, the rest as available, and keeps the empty fields collapsed', () => {
    const html = render(['log.level']);
    expect(listed(html, 'Selected fields')).toEqual(['log.level']);
    expect(listed(html, 'Available fields')).toEqual(['http.response.status_code', 'message']);
    expect(html).toMatch(/aria-expanded="false"[^>]*>Empty fields <span class="field-group-count">1<\/span>/);
    expect(listed(html, 'Empty fields')).toEqual([]);
  });

  it('labels the search box and the column buttons for assistive technology', () => {
    const html = render(['log.level']);
    expect(html).toContain('>Search field names</label>');
    expect(html).toContain('aria-label="Remove log.level column"');
    expect(html).toContain('aria-label="Add message as a column"');
  });

  it('leaves out the Selected fields group when there are no columns', () => {
    expect(render([])).not.toContain('Selected fields');
  });
});
