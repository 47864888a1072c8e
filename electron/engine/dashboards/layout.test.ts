import { describe, expect, it } from 'vitest';
import { newDashboard, newPanel, toggleRow, visibleLayout } from './layout';
import type { Dashboard, Panel } from './model';

function panel(id: number, type: string, x: number, y: number, w: number, h: number, extra: Partial<Panel> = {}): Panel {
  return { id, type, title: `p${id}`, gridPos: { x, y, w, h }, ...extra };
}

function withPanels(panels: Panel[]): Dashboard {
  return { ...newDashboard('T', 'abc'), panels };
}

describe('newDashboard', () => {
  it('starts empty, last 6 hours, in UTC', () => {
    const d = newDashboard('Checkout', 'checkout');
    expect(d).toMatchObject({ title: 'Checkout', uid: 'checkout', panels: [], time: { from: 'now-6h', to: 'now' }, timezone: 'utc', refresh: false });
  });
});

describe('newPanel', () => {
  it('takes the next id after every panel, folded ones included', () => {
    const d = withPanels([panel(3, 'stat', 0, 0, 6, 4), panel(4, 'row', 0, 4, 24, 1, { collapsed: true, panels: [panel(9, 'stat', 0, 5, 6, 4)] })]);
    expect(newPanel(d, 'timeseries').id).toBe(10);
  });

  it('fills the first free spot', () => {
    expect(newPanel(withPanels([]), 'stat').gridPos).toEqual({ x: 0, y: 0, w: 12, h: 8 });
    expect(newPanel(withPanels([panel(1, 'stat', 0, 0, 12, 8)]), 'stat').gridPos).toEqual({ x: 12, y: 0, w: 12, h: 8 });
    const full = withPanels([panel(1, 'stat', 0, 0, 12, 8), panel(2, 'stat', 12, 0, 12, 4)]);
    expect(newPanel(full, 'stat').gridPos).toEqual({ x: 12, y: 4, w: 12, h: 8 });
  });

  it('gives data panels a query and text panels content', () => {
    expect(newPanel(withPanels([]), 'timeseries').targets).toEqual([{ refId: 'A', expr: '' }]);
    const text = newPanel(withPanels([]), 'text');
    expect(text.targets).toBeUndefined();
    expect(text.options).toEqual({ mode: 'markdown', content: '' });
  });

  it('puts a new row full width below everything', () => {
    const row = newPanel(withPanels([panel(1, 'stat', 0, 0, 12, 8)]), 'row');
    expect(row).toMatchObject({ type: 'row', collapsed: false, panels: [], gridPos: { x: 0, y: 8, w: 24, h: 1 } });
  });
});

describe('visibleLayout', () => {
  it('groups panels under the row above them; folded rows show none', () => {
    const top = panel(1, 'stat', 0, 0, 6, 2);
    const open = panel(2, 'row', 0, 2, 24, 1, { collapsed: false, panels: [] });
    const inOpen = panel(3, 'stat', 0, 3, 6, 2);
    const folded = panel(4, 'row', 0, 5, 24, 1, { collapsed: true, panels: [panel(5, 'stat', 0, 6, 6, 2)] });
    expect(visibleLayout([top, open, inOpen, folded])).toEqual([
      { panels: [top] },
      { row: open, panels: [inOpen] },
      { row: folded, panels: [] },
    ]);
  });

  it('has no group for an empty dashboard and no leading group when a row comes first', () => {
    expect(visibleLayout([])).toEqual([]);
    const row = panel(1, 'row', 0, 0, 24, 1);
    expect(visibleLayout([row])).toEqual([{ row, panels: [] }]);
  });
});

describe('toggleRow', () => {
  const rowA = panel(1, 'row', 0, 0, 24, 1, { collapsed: false, panels: [] });
  const a1 = panel(2, 'stat', 0, 1, 12, 8);
  const a2 = panel(3, 'stat', 12, 1, 12, 4);
  const rowB = panel(4, 'row', 0, 9, 24, 1, { collapsed: false, panels: [] });
  const b1 = panel(5, 'stat', 0, 10, 24, 3);
  const start = withPanels([rowA, a1, a2, rowB, b1]);

  it('collapsing moves the panels up to the next row into the row and pulls the rest up', () => {
    const folded = toggleRow(start, 1);
    expect(folded.panels.map((p) => p.id)).toEqual([1, 4, 5]);
    expect(folded.panels[0]).toMatchObject({ collapsed: true, panels: [a1, a2] });
    expect(folded.panels[1]!.gridPos.y).toBe(1);
    expect(folded.panels[2]!.gridPos.y).toBe(2);
  });

  it('expanding puts them back below the row and pushes the rest down: a round trip', () => {
    expect(toggleRow(toggleRow(start, 1), 1)).toEqual(start);
    expect(toggleRow(toggleRow(start, 4), 4)).toEqual(start);
  });

  it('expanding a row that moved while folded moves its panels with it', () => {
    const folded = withPanels([panel(1, 'row', 0, 20, 24, 1, { collapsed: true, panels: [panel(2, 'stat', 0, 3, 6, 4)] })]);
    const open = toggleRow(folded, 1);
    expect(open.panels[1]!.gridPos.y).toBe(21);
  });

  it('leaves the dashboard alone for an unknown row and does not change its input', () => {
    expect(toggleRow(start, 99)).toBe(start);
    const copy = structuredClone(start);
    toggleRow(start, 1);
    expect(start).toEqual(copy);
  });
});
