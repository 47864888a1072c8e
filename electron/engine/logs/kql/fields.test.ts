import { describe, expect, it } from 'vitest';
import { fieldType, mappedFieldType } from './fields';

describe('mappedFieldType: the ECS table (CONVENTIONS.md §2) as this app types it', () => {
  it.each([
    ['@timestamp', 'date'],
    ['event.created', 'date'],
    ['event.ingested', 'date'],
    ['message', 'text'],
    ['error.message', 'text'],
    ['error.stack_trace', 'text'],
    ['log.level', 'keyword'],
    ['service.node.name', 'keyword'],
    ['host.hostname', 'keyword'],
    ['span.id', 'keyword'],
    ['event.category', 'keyword'],
    ['event.module', 'keyword'],
    ['error.code', 'keyword'],
    ['http.version', 'keyword'],
    ['url.full', 'keyword'],
    ['url.path', 'keyword'],
    ['url.domain', 'keyword'],
    ['user.name', 'keyword'],
    ['cloud.region', 'keyword'],
    ['data_stream.namespace', 'keyword'],
    ['event.duration', 'number'],
    ['event.severity', 'number'],
    ['http.request.body.bytes', 'number'],
    ['http.response.status_code', 'number'],
    ['url.port', 'number'],
    ['host.ip', 'ip'],
    ['client.ip', 'ip'],
    ['source.ip', 'ip'],
    ['kubernetes.pod.name', 'keyword'],
    ['labels.anything', 'keyword'],
  ])('%s is %s', (name, type) => {
    expect(mappedFieldType(name)).toBe(type);
  });

  it('knows nothing of other fields', () => {
    expect(mappedFieldType('retry.count')).toBeUndefined();
    expect(mappedFieldType('labels')).toBeUndefined();
    expect(mappedFieldType('messages')).toBeUndefined();
  });
});

describe('fieldType', () => {
  it('prefers the mapping over the value', () => {
    expect(fieldType('http.response.status_code', '500')).toBe('number');
    expect(fieldType('labels.port', 8080)).toBe('keyword');
  });

  it('types an unmapped field by its JSON value', () => {
    expect(fieldType('retry.count', 3)).toBe('number');
    expect(fieldType('cache.hit', false)).toBe('boolean');
    expect(fieldType('custom.tag', 'x')).toBe('keyword');
  });
});
