import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Panel } from '../../../../electron/contract';
import { cellsFromPixels, clampPos, compactLayout, duplicatePanel, movePanel, overlaps, resizePanel } from './grid-layout';

const panel = (id: number, x: number, y: number, w: number, h: number, type = 'timeseries'): Panel => ({ id, type, title: `P${id}`, gridPos: { x, y, w, h } });

describe('grid layout', () => {
  it('moves a panel by cells and keeps it inside the 24 columns', () => {
    const [moved] = movePanel([panel(1, 20, 0, 4, 8)], 1, 3, -2);
    expect(moved!.gridPos).toEqual({ x: 20, y: 0, w: 4, h: 8 });
  });

  it('pushes a panel it lands on below it, and what that one lands on in turn', () => {
    const panels = [panel(1, 0, 0, 12, 8), panel(2, 12, 0, 12, 8), panel(3, 12, 8, 12, 4)];
    const after = movePanel(panels, 1, 12, 0);
    const byId = new Map(after.map((p) => [p.id, p.gridPos]));
    expect(byId.get(1)).toMatchObject({ x: 12, y: 0 });
    expect(byId.get(2)).toMatchObject({ x: 12, y: 8 });
    expect(byId.get(3)).toMatchObject({ x: 12, y: 16 });
  });

  it('resizes from the corner without passing the right edge; rows do not resize', () => {
    expect(resizePanel([panel(1, 16, 0, 6, 8)], 1, 5, -10)[0]!.gridPos).toEqual({ x: 16, y: 0, w: 8, h: 1 });
    const row = panel(2, 0, 0, 24, 1, 'row');
    expect(resizePanel([row], 2, -4, 3)[0]).toBe(row);
  });

  it('never leaves two panels overlapping after any move or resize', () => {
    const layout = fc.array(fc.record({ x: fc.integer({ min: 0, max: 23 }), w: fc.integer({ min: 1, max: 24 }), h: fc.integer({ min: 1, max: 10 }) }), { minLength: 1, maxLength: 6 });
    fc.assert(
      fc.property(layout, fc.nat(5), fc.integer({ min: -30, max: 30 }), fc.integer({ min: -30, max: 30 }), fc.boolean(), (specs, pick, dx, dy, resize) => {
        // Start from a tidy stack (no overlaps), one panel per band.
        let y = 0;
        const panels = specs.map((s, i) => {
          const pos = clampPos({ x: s.x, y, w: s.w, h: s.h });
          y += s.h;
          return panel(i + 1, pos.x, pos.y, pos.w, pos.h);
        });
        const id = (pick % panels.length) + 1;
        const after = resize ? resizePanel(panels, id, dx, dy) : movePanel(panels, id, dx, dy);
        for (const a of after) {
          expect(a.gridPos.x + a.gridPos.w).toBeLessThanOrEqual(24);
          expect(a.gridPos.x).toBeGreaterThanOrEqual(0);
          for (const b of after) if (a !== b) expect(overlaps(a.gridPos, b.gridPos)).toBe(false);
        }
      }),
    );
  });

  it('turns a drag in pixels into whole cells', () => {
    // 24 columns over 960 px: 40 px each; a row is 30 px plus the 8 px gap.
    expect(cellsFromPixels(61, 39, 960)).toEqual({ dx: 2, dy: 1 });
    expect(cellsFromPixels(-19, -18, 960)).toEqual({ dx: 0, dy: 0 });
  });

  it('duplicates beside the source when it fits, with a new id', () => {
    const after = duplicatePanel([panel(1, 0, 0, 12, 8), panel(4, 0, 8, 24, 4)], 1);
    expect(after.map((p) => p.id)).toEqual([1, 5, 4]);
    expect(after[1]!.gridPos).toMatchObject({ x: 12, y: 0, w: 12 });
    const below = duplicatePanel([panel(1, 0, 0, 24, 8)], 1);
    expect(below[1]!.gridPos).toMatchObject({ x: 0, y: 8 });
  });

  it('compacts panels upwards into the gaps above them, keeping their columns', () => {
    const after = compactLayout([panel(1, 0, 3, 12, 4), panel(2, 12, 10, 12, 2), panel(3, 0, 20, 24, 1, 'row'), panel(4, 6, 30, 6, 2)]);
    expect(after.map((p) => p.gridPos.y)).toEqual([0, 0, 4, 5]);
  });
});
