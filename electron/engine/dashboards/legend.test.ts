import { describe, expect, it } from 'vitest';
import { legendName } from './legend';

describe('legendName', () => {
  const labels = { __name__: 'http_requests_total', job: 'api', code: '500' };

  it('fills {{label}} templates, empty for missing labels', () => {
    expect(legendName('{{job}} {{ code }}', labels)).toBe('api 500');
    expect(legendName('{{job}}-{{missing}}!', labels)).toBe('api-!');
    expect(legendName('{{__name__}}', labels)).toBe('http_requests_total');
  });

  it('names the series itself when there is no format', () => {
    expect(legendName(undefined, labels)).toBe('http_requests_total{job="api", code="500"}');
    expect(legendName('', { job: 'api' })).toBe('{job="api"}');
    expect(legendName('__auto', { __name__: 'up' })).toBe('up{}');
  });
});
