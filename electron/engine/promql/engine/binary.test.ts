import { describe, expect, it } from 'vitest';
import { bin, matrixLines, num, S, sel, testStore, vectorLines } from './test-support';

function data() {
  const t = testStore();
  t.load(10 * S, [
    [{ __name__: 'req', job: 'api', inst: '1' }, [10]],
    [{ __name__: 'req', job: 'api', inst: '2' }, [30]],
    [{ __name__: 'req', job: 'web', inst: '1' }, [50]],
    [{ __name__: 'lim', job: 'api' }, [100]],
    [{ __name__: 'lim', job: 'web' }, [200]],
    [{ __name__: 'info', job: 'api', owner: 'team-a' }, [1]],
    [{ __name__: 'info', job: 'web', owner: 'team-b' }, [1]],
    [{ __name__: 'a', x: '1' }, [7]],
    [{ __name__: 'b', x: '1' }, [2]],
    [{ __name__: 'b', x: '2' }, [3]],
  ]);
  return t;
}

const at0 = (e: Parameters<ReturnType<typeof data>['instant']>[0]) => vectorLines(data().instant(e, 0));

describe('vector and scalar', () => {
  it('arithmetic drops the metric name; %, ^ and atan2 follow Go', () => {
    expect(at0(bin('+', sel('a'), num(1)))).toEqual(['{x="1"} 8']);
    expect(at0(bin('%', sel('a'), num(4)))).toEqual(['{x="1"} 3']);
    expect(data().instant(bin('%', num(-7), num(4)), 0)).toEqual({ type: 'scalar', t: 0, v: -3 });
    expect(at0(bin('^', sel('b', { x: '1' }), num(10)))).toEqual(['{x="1"} 1024']);
    expect(at0(bin('atan2', sel('a'), num(0)))).toEqual([`{x="1"} ${Math.PI / 2}`]);
  });

  it('comparisons filter and keep the vector’s value and name, even with the scalar on the left', () => {
    expect(at0(bin('>', sel('b'), num(2)))).toEqual(['b{x="2"} 3']);
    expect(at0(bin('<', num(2), sel('b')))).toEqual(['b{x="2"} 3']);
  });

  it('bool turns comparisons into 0 or 1 and drops the name', () => {
    expect(at0(bin('>', sel('b'), num(2), { bool: true }))).toEqual(['{x="1"} 0', '{x="2"} 1']);
  });
});

describe('vector matching', () => {
  it('one-to-one matches on all labels but the name', () => {
    expect(at0(bin('*', sel('a'), sel('b')))).toEqual(['{x="1"} 14']);
    expect(at0(bin('>', sel('b'), sel('a')))).toEqual([]);
    expect(at0(bin('<', sel('b'), sel('a')))).toEqual(['b{x="1"} 2']);
  });

  it('on(...) matches on those labels and keeps only them for one-to-one', () => {
    expect(at0(bin('/', sel('lim'), sel('info'), { on: ['job'] }))).toEqual(['{job="api"} 100', '{job="web"} 200']);
  });

  it('many-to-one without group_left is an error', () => {
    expect(() => data().instant(bin('/', sel('req'), sel('lim'), { on: ['job'] }), 0)).toThrow(
      'multiple matches for labels: many-to-one matching must be explicit (group_left/group_right)',
    );
  });

  it('group_left keeps the many side’s labels', () => {
    expect(at0(bin('/', sel('req'), sel('lim'), { on: ['job'], groupLeft: [] }))).toEqual(['{inst="1",job="api"} 0.1', '{inst="1",job="web"} 0.25', '{inst="2",job="api"} 0.3']);
  });

  it('group_left(label) copies labels from the one side', () => {
    expect(at0(bin('*', sel('req', { inst: '1' }), sel('info'), { on: ['job'], groupLeft: ['owner'] }))).toEqual(['{inst="1",job="api",owner="team-a"} 10', '{inst="1",job="web",owner="team-b"} 50']);
  });

  it('group_right is the mirror image, the value still left op right', () => {
    expect(at0(bin('-', sel('lim'), sel('req'), { on: ['job'], groupRight: [] }))).toEqual(['{inst="1",job="api"} 90', '{inst="1",job="web"} 150', '{inst="2",job="api"} 70']);
  });

  it('duplicates on the one side are an error', () => {
    expect(() => data().instant(bin('/', sel('lim'), sel('req'), { on: ['job'] }), 0)).toThrow(
      'found duplicate series for the match group {job="api"} on the right hand-side of the operation: [{__name__="req", inst="2", job="api"}, {__name__="req", inst="1", job="api"}];many-to-many matching not allowed: matching labels must be unique on one side',
    );
  });

  it('checks duplicates even where a comparison filters everything out', () => {
    expect(() => data().instant(bin('>', sel('req'), sel('lim'), { on: ['job'] }), 0)).toThrow(/many-to-one matching must be explicit/);
  });

  it('and, or, unless match on label sets', () => {
    expect(at0(bin('and', sel('b'), sel('a')))).toEqual(['b{x="1"} 2']);
    expect(at0(bin('unless', sel('b'), sel('a')))).toEqual(['b{x="2"} 3']);
    expect(at0(bin('or', sel('a'), sel('b')))).toEqual(['a{x="1"} 7', 'b{x="2"} 3']);
    expect(at0(bin('and', sel('req'), sel('lim'), { on: ['job'] }))).toHaveLength(3);
    expect(at0(bin('unless', sel('req'), sel('info', { job: 'web' }), { on: ['job'] }))).toEqual(['req{inst="1",job="api"} 10', 'req{inst="2",job="api"} 30']);
  });

  it('evaluates each step of a range query on its own', () => {
    const t = testStore();
    t.load(10 * S, [
      [{ __name__: 'p', k: '1' }, [1, 2, 3]],
      [{ __name__: 'q', k: '1' }, [10, '_', 30]],
    ]);
    expect(matrixLines(t.range(bin('+', sel('p'), sel('q')), 0, 20 * S, 10 * S))).toEqual(['{k="1"} 0:11 10:12 20:33']);
  });
});
