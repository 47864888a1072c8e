import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lineColumn, loadScenarioDashboards } from './dashboards';

/** A minimal Grafana export with one timeseries panel. */
function board(uid: string, gridPos: unknown = { x: 0, y: 0, w: 12, h: 8 }) {
  return {
    uid,
    title: `Board ${uid}`,
    schemaVersion: 39,
    tags: ['t'],
    templating: { list: [] },
    panels: [{ id: 1, type: 'timeseries', title: 'Rate', gridPos, targets: [{ refId: 'A', expr: 'up' }] }],
  };
}

const files = (entries: Record<string, string>) => new Map(Object.entries({ 'scenario.yaml': 'x', ...entries }));

describe('loadScenarioDashboards', () => {
  it('reads every dashboards/*.json in file-name order and ignores other folders', () => {
    const result = loadScenarioDashboards(
      files({ 'dashboards/b.json': JSON.stringify(board('bee')), 'dashboards/a.json': JSON.stringify(board('ay')), 'runbooks/a.md': '# a' }),
    );
    expect(result.problems).toEqual([]);
    expect(result.dashboards.map((d) => [d.file, d.dashboard.uid, d.dashboard.title])).toEqual([
      ['dashboards/a.json', 'ay', 'Board ay'],
      ['dashboards/b.json', 'bee', 'Board bee'],
    ]);
    expect(result.dashboards[0]!.dashboard.panels[0]!.targets?.[0]?.expr).toBe('up');
  });

  it('reports broken JSON with its line and column', () => {
    const text = '{\n  "uid": "x",\n  "title" "missing colon"\n}';
    const { dashboards, problems } = loadScenarioDashboards(files({ 'dashboards/broken.json': text }));
    expect(dashboards).toEqual([]);
    expect(problems).toHaveLength(1);
    // The colon is missing after `"title"` on line 3: the parser stops at column 11 (the opening quote of the value).
    expect(problems[0]).toMatchObject({ file: 'dashboards/broken.json', path: 'line 3, column 11' });
    expect(problems[0]!.reason).toMatch(/^JSON syntax: /);
  });

  it('reports an empty file at its end', () => {
    const { problems } = loadScenarioDashboards(files({ 'dashboards/empty.json': '' }));
    expect(problems[0]).toMatchObject({ file: 'dashboards/empty.json', path: 'line 1, column 1' });
  });

  it('keeps a dashboard whose gridPos import had to repair, with a warning naming the JSON path', () => {
    const { dashboards, problems } = loadScenarioDashboards(files({ 'dashboards/wide.json': JSON.stringify(board('wide', { x: 20, y: 0, w: 30, h: 8 })) }));
    expect(problems).toEqual([]);
    expect(dashboards).toHaveLength(1);
    const { gridPos } = dashboards[0]!.dashboard.panels[0]!;
    expect(gridPos.x + gridPos.w).toBeLessThanOrEqual(24);
    expect(dashboards[0]!.warnings.map((w) => w.path).some((p) => p.startsWith('panels[0].gridPos'))).toBe(true);
  });

  it('refuses two files with one uid, naming the first', () => {
    const { dashboards, problems } = loadScenarioDashboards(
      files({ 'dashboards/one.json': JSON.stringify(board('same')), 'dashboards/two.json': JSON.stringify(board('same')) }),
    );
    expect(dashboards.map((d) => d.file)).toEqual(['dashboards/one.json']);
    expect(problems).toEqual([{ file: 'dashboards/two.json', path: 'uid', reason: expect.stringContaining('dashboards/one.json') }]);
  });

  it('reports what import refuses with the file, and a file that is not dashboards/<name>.json', () => {
    const { problems } = loadScenarioDashboards(files({ 'dashboards/list.json': '[1, 2]', 'dashboards/Notes.txt': 'hi' }));
    expect(problems.map((p) => p.file).sort()).toEqual(['dashboards/Notes.txt', 'dashboards/list.json']);
    expect(problems.find((p) => p.file === 'dashboards/Notes.txt')?.reason).toMatch(/dashboards\/<lower-case-name>\.json/);
  });
});

describe('lineColumn', () => {
  it('counts lines and columns from 1', () => {
    expect(lineColumn('ab\ncd', 0)).toBe('line 1, column 1');
    expect(lineColumn('ab\ncd', 4)).toBe('line 2, column 2');
    expect(lineColumn('ab\ncd', 3)).toBe('line 2, column 1');
  });
});

describe('loadScenarioDashboards on arbitrary input', () => {
  it('never throws: each file is either a dashboard or at least one problem of that file', () => {
    const text = fc.oneof(fc.string(), fc.json(), fc.anything().map((v) => JSON.stringify(v) ?? ''));
    fc.assert(
      fc.property(text, (content) => {
        const { dashboards, problems } = loadScenarioDashboards(files({ 'dashboards/x.json': content }));
        expect(dashboards.length + problems.length).toBeGreaterThan(0);
        expect(dashboards.length === 0 || problems.length === 0).toBe(true);
        for (const p of problems) expect(p.file).toBe('dashboards/x.json');
        for (const p of problems) if (p.path.startsWith('line ')) expect(() => JSON.parse(content)).toThrow();
      }),
    );
  });
});
