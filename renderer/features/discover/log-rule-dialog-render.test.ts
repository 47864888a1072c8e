import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { CopyAsRule } from './CopyAsRule';

const render = (query: string) => renderToStaticMarkup(createElement(CopyAsRule, { query, onClose: () => undefined }));

describe('CopyAsRule markup', () => {
  it('is a dialog named "Copy as log rule" showing the query read-only', () => {
    const html = render('service.name:checkout and log.level:error');
    expect(html).toMatch(/role="dialog" aria-modal="true" aria-labelledby="([^"]+)"/);
    const labelledBy = /aria-labelledby="([^"]+)"/.exec(html)![1]!;
    expect(html).toContain(`<h2 id="${labelledBy}">Copy as log rule</h2>`);
    expect(html).toMatch(/<textarea[^>]*readOnly=""[^>]*>service.name:checkout and log.level:error<\/textarea>/);
  });

  it('previews the starting rule, so Copy and Open in rule editor are enabled from the start', () => {
    const html = render('log.level:error');
    expect(html).toContain('Preview (log-rules.yml)</label>');
    expect(html).toContain('query: log.level:error');
    expect(html).not.toMatch(/disabled=""[^>]*>(Copy|Open in rule editor)</);
  });

  it('explains that an empty search becomes a match-all rule', () => {
    const html = render('');
    expect(html).toContain('query: &quot;*&quot;');
    expect(html).toContain('so the rule counts every event (*)');
  });

  it('shows the parse problem of a query KQL refuses instead of a preview, with the buttons disabled', () => {
    const html = render('response:');
    expect(html).toContain('The query does not parse:');
    expect(html).not.toContain('Preview (log-rules.yml)</label>');
    expect(html).toMatch(/disabled=""[^>]*>Copy</);
  });
});
