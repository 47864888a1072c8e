import { describe, expect, it } from 'vitest';
import { fieldNames, fieldValue, fieldValues, leafValues, subDocuments } from './event-fields';

const DOC = {
  'log.level': 'info',
  labels: { team: 'core', 'deploy.id': 7 },
  'labels.env': 'prod',
  'event.type': ['access', null, 'info'],
  items: [{ name: 'banana' }, { name: 'apple', tags: ['fresh'] }, 'loose'],
  empty: '',
  gone: null,
};

describe('leafValues', () => {
  it('finds dotted keys, paths through objects, and both at once', () => {
    expect(leafValues(DOC, 'log.level')).toEqual([{ key: 'log.level', value: 'info' }]);
    expect(leafValues(DOC, 'labels.team')).toEqual([{ key: 'labels.team', value: 'core' }]);
    expect(leafValues(DOC, 'labels.deploy.id')).toEqual([{ key: 'labels.deploy.id', value: 7 }]);
    expect(leafValues(DOC, 'labels.env')).toEqual([{ key: 'labels.env', value: 'prod' }]);
  });

  it('flattens arrays of values and of objects, keyed by index, dropping null', () => {
    expect(leafValues(DOC, 'event.type')).toEqual([
      { key: 'event.type[0]', value: 'access' },
      { key: 'event.type[2]', value: 'info' },
    ]);
    expect(leafValues(DOC, 'items.name')).toEqual([
      { key: 'items[0].name', value: 'banana' },
      { key: 'items[1].name', value: 'apple' },
    ]);
    expect(leafValues(DOC, 'items.tags')).toEqual([{ key: 'items[1].tags[0]', value: 'fresh' }]);
  });

  it('keeps empty strings and has nothing for null, absent or object values', () => {
    expect(leafValues(DOC, 'empty')).toEqual([{ key: 'empty', value: '' }]);
    expect(leafValues(DOC, 'gone')).toEqual([]);
    expect(leafValues(DOC, 'nope')).toEqual([]);
    expect(leafValues(DOC, 'labels')).toEqual([]);
  });
});

describe('fieldValue and fieldValues', () => {
  it('gives the raw value, or every place’s values when several hold the field', () => {
    expect(fieldValue(DOC, 'labels.team')).toBe('core');
    expect(fieldValue(DOC, 'items.name')).toEqual(['banana', 'apple']);
    expect(fieldValue(DOC, 'nope')).toBeUndefined();
  });

  it('lists what is indexed: arrays flattened, null dropped', () => {
    expect(fieldValues(['a', null, ['b', undefined]])).toEqual(['a', 'b']);
    expect(fieldValues(null)).toEqual([]);
    expect(fieldValues(0)).toEqual([0]);
  });
});

describe('fieldNames', () => {
  it('names every field holding a value, once', () => {
    expect(fieldNames(DOC).sort()).toEqual(['empty', 'event.type', 'items', 'items.name', 'items.tags', 'labels.deploy.id', 'labels.env', 'labels.team', 'log.level'].sort());
  });
});

describe('subDocuments', () => {
  it('opens each object of an array, and a plain object merged with the dotted keys under its path', () => {
    expect(subDocuments(DOC, 'items').map((d) => d.keyPrefix)).toEqual(['items[0].', 'items[1].']);
    expect(subDocuments(DOC, 'labels')).toEqual([{ doc: { team: 'core', 'deploy.id': 7, env: 'prod' }, keyPrefix: 'labels.' }]);
    expect(subDocuments({ 'k8s.pod': 'a', 'k8s.ns': 'b' }, 'k8s')).toEqual([{ doc: { pod: 'a', ns: 'b' }, keyPrefix: 'k8s.' }]);
    expect(subDocuments(DOC, 'log.level')).toEqual([]);
  });
});
