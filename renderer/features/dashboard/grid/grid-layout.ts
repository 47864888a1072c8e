import type { GridPos, Panel } from '../../../../electron/contract';

/** Grafana's grid: 24 columns, each unit of `h` 30 px tall. */
export const GRID_COLUMNS = 24;
export const GRID_ROW_PX = 30;
/** Space between panels, in px (Grafana's GRID_CELL_VMARGIN). */
export const GRID_GAP_PX = 8;

export function overlaps(a: GridPos, b: GridPos): boolean {
  return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
}

/** Keeps a position on the grid: at least one cell, never past the right edge or above the top. */
export function clampPos(pos: GridPos): GridPos {
  const w = Math.min(GRID_COLUMNS, Math.max(1, Math.round(pos.w)));
  const h = Math.max(1, Math.round(pos.h));
  const x = Math.min(GRID_COLUMNS - w, Math.max(0, Math.round(pos.x)));
  const y = Math.max(0, Math.round(pos.y));
  return { ...pos, x, y, w, h };
}

/**
 * After `movedId` landed somewhere, pushes every panel it now covers down below it, and so on for the
 * panels those push (Grafana's grid does the same: the panel being dragged wins its place).
 */
export function pushDownCollisions(panels: Panel[], movedId: number): Panel[] {
  const result = panels.map((p) => ({ ...p, gridPos: { ...p.gridPos } }));
  const queue = result.filter((p) => p.id === movedId);
  while (queue.length > 0) {
    const settled = queue.shift()!;
    // Top-most first, so a pushed stack keeps its order.
    const hit = result.filter((p) => p !== settled && overlaps(p.gridPos, settled.gridPos)).sort((a, b) => a.gridPos.y - b.gridPos.y);
    for (const other of hit) {
      other.gridPos.y = settled.gridPos.y + settled.gridPos.h;
      queue.push(other);
    }
  }
  return result;
}

function update(panels: Panel[], id: number, change: (pos: GridPos) => GridPos): Panel[] {
  const moved = panels.map((p) => (p.id === id ? { ...p, gridPos: clampPos(change(p.gridPos)) } : p));
  return pushDownCollisions(moved, id);
}

/** Moves a panel by whole cells (clamped to the grid), pushing the panels it lands on downwards. */
export function movePanel(panels: Panel[], id: number, dx: number, dy: number): Panel[] {
  return update(panels, id, (pos) => ({ ...pos, x: pos.x + dx, y: pos.y + dy }));
}

/** Resizes a panel by whole cells from its bottom-right corner; rows keep the full width and one unit of height. */
export function resizePanel(panels: Panel[], id: number, dw: number, dh: number): Panel[] {
  const panel = panels.find((p) => p.id === id);
  if (!panel || panel.type === 'row') return panels;
  return update(panels, id, (pos) => ({ ...pos, w: Math.min(GRID_COLUMNS - pos.x, pos.w + dw), h: pos.h + dh }));
}

/** Whole cells a pointer drag of (dxPx, dyPx) covers on a grid `gridWidthPx` wide. */
export function cellsFromPixels(dxPx: number, dyPx: number, gridWidthPx: number): { dx: number; dy: number } {
  const column = gridWidthPx / GRID_COLUMNS;
  const round = (v: number) => (Object.is(Math.round(v), -0) ? 0 : Math.round(v));
  return { dx: column > 0 ? round(dxPx / column) : 0, dy: round(dyPx / (GRID_ROW_PX + GRID_GAP_PX)) };
}

/** The CSS placement of a grid position on a grid whose rows are GRID_ROW_PX tall. */
export function gridArea(pos: GridPos): { gridColumn: string; gridRow: string } {
  return { gridColumn: `${pos.x + 1} / span ${pos.w}`, gridRow: `${pos.y + 1} / span ${pos.h}` };
}

/** A copy of a panel with a new id, placed right of it when there is room, else just below. */
export function duplicatePanel(panels: Panel[], id: number): Panel[] {
  const source = panels.find((p) => p.id === id);
  if (!source) return panels;
  const nextId = Math.max(0, ...panels.flatMap((p) => [p.id, ...(p.panels ?? []).map((c) => c.id)])) + 1;
  const { x, y, w, h } = source.gridPos;
  const beside = x + 2 * w <= GRID_COLUMNS;
  const gridPos = { ...source.gridPos, x: beside ? x + w : x, y: beside ? y : y + h };
  const copy: Panel = { ...structuredClone(source), id: nextId, gridPos };
  const index = panels.indexOf(source);
  return pushDownCollisions([...panels.slice(0, index + 1), copy, ...panels.slice(index + 1)], nextId);
}

export function removePanel(panels: Panel[], id: number): Panel[] {
  return panels.filter((p) => p.id !== id);
}

/**
 * Moves every panel up as far as it goes without overlapping one above it (Grafana's vertical compaction),
 * top-most first; x, width and height stay.
 */
export function compactLayout(panels: Panel[]): Panel[] {
  const order = [...panels].sort((a, b) => a.gridPos.y - b.gridPos.y || a.gridPos.x - b.gridPos.x);
  const placed: GridPos[] = [];
  const compacted = new Map<Panel, GridPos>();
  for (const panel of order) {
    let pos = { ...panel.gridPos, y: 0 };
    // Settle below every placed panel it would overlap, until it overlaps none.
    for (let hit = placed.find((p) => overlaps(p, pos)); hit; hit = placed.find((p) => overlaps(p, pos))) pos = { ...pos, y: hit.y + hit.h };
    placed.push(pos);
    compacted.set(panel, pos);
  }
  return panels.map((p) => (compacted.get(p)!.y === p.gridPos.y ? p : { ...p, gridPos: compacted.get(p)! }));
}
