import { describe, expect, it } from 'vitest';
import type { Panel } from '../../../../electron/contract';
import { fillFraction, gridShape, reduceFrames } from './single-value';

const panel: Panel = {
  id: 1,
  type: 'stat',
  title: 'Errors',
  gridPos: { x: 0, y: 0, w: 6, h: 4 },
  options: { reduceOptions: { calcs: ['max'] } },
  fieldConfig: { defaults: { unit: 'percent', thresholds: { mode: 'absolute', steps: [{ color: 'green', value: null }, { color: 'red', value: 5 }] } }, overrides: [] },
};

describe('reduceFrames', () => {
  it('reduces each series with the panel calc and colours it', () => {
    const frames = [{ refId: 'A', name: 'api', labels: {}, times: [1, 2, 3], values: [1, 7, 2] }];
    const { values, range } = reduceFrames(panel, frames);
    expect(values[0]?.display.text).toBe('7');
    expect(values[0]?.display.suffix).toBe('%');
    expect(values[0]?.display.color).toBe('#F2495C');
    expect(range).toEqual({ min: 0, max: 100 });
  });

  it("applies a matching override to that series only: its name, decimals and thresholds", () => {
    const overridden: Panel = {
      ...panel,
      fieldConfig: {
        ...panel.fieldConfig!,
        overrides: [
          {
            matcher: { id: 'byName', options: 'web' },
            properties: [
              { id: 'displayName', value: 'Web tier' },
              { id: 'decimals', value: 2 },
              { id: 'thresholds', value: { mode: 'absolute', steps: [{ color: 'blue', value: null }] } },
            ],
          },
        ],
      },
    };
    const frames = [
      { refId: 'A', name: 'api', labels: {}, times: [1], values: [7] },
      { refId: 'A', name: 'web', labels: {}, times: [1], values: [7] },
    ];
    const [api, web] = reduceFrames(overridden, frames).values;
    expect([api?.frame.name, api?.display.text, api?.display.color]).toEqual(['api', '7', '#F2495C']);
    expect([web?.frame.name, web?.display.text, web?.display.color]).toEqual(['Web tier', '7.00', '#5794F2']);
  });
});

describe('gridShape', () => {
  it('lays a wide panel out in a row and a tall one in a column', () => {
    expect(gridShape(4, 800, 100)).toEqual({ columns: 4, rows: 1 });
    expect(gridShape(4, 100, 800)).toEqual({ columns: 1, rows: 4 });
    expect(gridShape(1, 10, 10)).toEqual({ columns: 1, rows: 1 });
  });
});

describe('fillFraction', () => {
  it('clamps to 0..1', () => {
    expect(fillFraction(50, { min: 0, max: 200 })).toBe(0.25);
    expect(fillFraction(-5, { min: 0, max: 1 })).toBe(0);
    expect(fillFraction(NaN, { min: 0, max: 1 })).toBe(0);
    expect(fillFraction(5, { min: 0, max: 1 })).toBe(1);
  });
});
