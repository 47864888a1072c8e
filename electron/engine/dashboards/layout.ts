/**
 * Dashboard layout on Grafana's 24-column grid: new dashboards and panels, the display groups rows make,
 * and folding a row, which moves its panels into `row.panels` and back as Grafana's toggleRow does.
 */
import type { Dashboard, Panel } from './model';

export const GRID_COLUMNS = 24;
const NEW_PANEL_SIZE = { w: 12, h: 8 };

/** An empty dashboard as Grafana creates one, showing sim time in UTC. */
export function newDashboard(title: string, uid: string): Dashboard {
  return {
    annotations: { list: [] },
    editable: true,
    fiscalYearStartMonth: 0,
    graphTooltip: 0,
    links: [],
    panels: [],
    refresh: false,
    schemaVersion: 39,
    tags: [],
    templating: { list: [] },
    time: { from: 'now-6h', to: 'now' },
    timepicker: {},
    timezone: 'utc',
    title,
    uid,
    version: 0,
  };
}

function allPanels(panels: Panel[]): Panel[] {
  return panels.flatMap((p) => [p, ...(p.panels ?? [])]);
}

function overlaps(a: Panel['gridPos'], b: Panel['gridPos']): boolean {
  return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
}

/** The first free spot, scanning rows top to bottom and columns left to right. */
function freeSpot(panels: Panel[], w: number, h: number): { x: number; y: number } {
  const bottom = Math.max(0, ...panels.map((p) => p.gridPos.y + p.gridPos.h));
  for (let y = 0; y <= bottom; y++) {
    for (let x = 0; x + w <= GRID_COLUMNS; x++) {
      const spot = { x, y, w, h };
      if (!panels.some((p) => overlaps(p.gridPos, spot))) return { x, y };
    }
  }
  return { x: 0, y: bottom };
}

/** A panel of `type` with the next free id, placed in the first free grid spot (rows go full width). */
export function newPanel(d: Dashboard, type: string): Panel {
  const id = Math.max(0, ...allPanels(d.panels).map((p) => p.id)) + 1;
  if (type === 'row') {
    const y = Math.max(0, ...d.panels.map((p) => p.gridPos.y + p.gridPos.h));
    return { id, type, title: 'Row title', collapsed: false, panels: [], gridPos: { x: 0, y, w: GRID_COLUMNS, h: 1 } };
  }
  const { x, y } = freeSpot(d.panels, NEW_PANEL_SIZE.w, NEW_PANEL_SIZE.h);
  const panel: Panel = {
    id,
    type,
    title: 'Panel Title',
    gridPos: { x, y, ...NEW_PANEL_SIZE },
    fieldConfig: { defaults: {}, overrides: [] },
    options: type === 'text' ? { mode: 'markdown', content: '' } : {},
  };
  if (type !== 'text') panel.targets = [{ refId: 'A', expr: '' }];
  return panel;
}

/** Display groups: the panels above the first row, then each row with the panels it shows (none when folded). */
export function visibleLayout(panels: Panel[]): { row?: Panel; panels: Panel[] }[] {
  const groups: { row?: Panel; panels: Panel[] }[] = [];
  let current: { row?: Panel; panels: Panel[] } = { panels: [] };
  for (const panel of panels) {
    if (panel.type === 'row') {
      if (current.row || current.panels.length > 0) groups.push(current);
      current = { row: panel, panels: [] };
    } else if (!current.row?.collapsed) {
      current.panels.push(panel);
    }
  }
  if (current.row || current.panels.length > 0) groups.push(current);
  return groups;
}

function moveDown(panel: Panel, dy: number): Panel {
  return { ...panel, gridPos: { ...panel.gridPos, y: panel.gridPos.y + dy } };
}

/** Fold or unfold a row; the panels below move up or down by the height of what was folded. */
export function toggleRow(d: Dashboard, rowId: number): Dashboard {
  const index = d.panels.findIndex((p) => p.id === rowId && p.type === 'row');
  if (index < 0) return d;
  const row = d.panels[index]!;
  const before = d.panels.slice(0, index);
  const rowY = row.gridPos.y;
  if (row.collapsed) {
    const children = row.panels ?? [];
    // Children keep their layout but follow the row if it moved while folded.
    const firstY = Math.min(...children.map((p) => p.gridPos.y));
    const shift = children.length > 0 ? rowY + row.gridPos.h - firstY : 0;
    const placed = children.map((p) => moveDown(p, shift));
    const yMax = Math.max(rowY + 1, ...placed.map((p) => p.gridPos.y + p.gridPos.h));
    const push = yMax - rowY - 1;
    const after = d.panels.slice(index + 1).map((p) => moveDown(p, push));
    return { ...d, panels: [...before, { ...row, collapsed: false, panels: [] }, ...placed, ...after] };
  }
  const nextRow = d.panels.findIndex((p, i) => i > index && p.type === 'row');
  const end = nextRow < 0 ? d.panels.length : nextRow;
  const children = d.panels.slice(index + 1, end);
  const yMax = Math.max(rowY + 1, ...children.map((p) => p.gridPos.y + p.gridPos.h));
  const pull = yMax - rowY - 1;
  const after = d.panels.slice(end).map((p) => moveDown(p, -pull));
  return { ...d, panels: [...before, { ...row, collapsed: true, panels: children }, ...after] };
}
