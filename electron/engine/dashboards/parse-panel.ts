/**
 * One panel of an imported dashboard: Grafana's defaults filled in, a grid position that fits the
 * 24 columns, rows with their folded children, and unknown panel types kept untouched.
 */
import { GRID_COLUMNS } from './layout';
import { PANEL_TYPES } from './model';
import type { FieldOverride, GridPos, Panel, PanelTarget } from './model';
import { isFiniteNumber, isRecord } from './parse-support';
import type { Findings } from './parse-support';

const DATA_FREE_TYPES = new Set(['row', 'text']);

function parseGridPos(raw: unknown, path: string, isRow: boolean, findings: Findings): GridPos {
  const at = `${path}.gridPos`;
  const given = isRecord(raw) ? raw : {};
  if (raw !== undefined && !isRecord(raw)) findings.warnings.push({ path: at, reason: 'not an object: default position used' });
  const defaults = isRow ? { x: 0, y: 0, w: GRID_COLUMNS, h: 1 } : { x: 0, y: 0, w: 12, h: 9 };
  const read = (key: 'x' | 'y' | 'w' | 'h'): number => {
    const value = given[key];
    if (value === undefined) return defaults[key];
    if (!isFiniteNumber(value)) {
      findings.warnings.push({ path: `${at}.${key}`, reason: `not a number: ${defaults[key]} used` });
      return defaults[key];
    }
    return Math.round(value);
  };
  let [x, y, w, h] = [read('x'), read('y'), read('w'), read('h')];
  const fix = (key: string, value: number, reason: string): number => {
    findings.warnings.push({ path: `${at}.${key}`, reason });
    return value;
  };
  if (w > GRID_COLUMNS) w = fix('w', GRID_COLUMNS, `${w} is wider than the ${GRID_COLUMNS}-column grid: ${GRID_COLUMNS} used`);
  if (w < 1) w = fix('w', 1, `${w} is too narrow: 1 used`);
  if (h < 1) h = fix('h', 1, `${h} is too short: 1 used`);
  if (x < 0) x = fix('x', 0, `${x} is left of the grid: 0 used`);
  if (x >= GRID_COLUMNS) x = fix('x', GRID_COLUMNS - w, `${x} is right of the grid: ${GRID_COLUMNS - w} used`);
  if (x + w > GRID_COLUMNS) w = fix('w', GRID_COLUMNS - x, `${w} runs past the grid's right edge at x ${x}: ${GRID_COLUMNS - x} used`);
  if (y < 0) y = fix('y', 0, `${y} is above the grid: 0 used`);
  return { ...given, x, y, w, h };
}

function parseTargets(raw: unknown, path: string, findings: Findings): PanelTarget[] {
  if (raw === undefined) return [];
  if (!Array.isArray(raw)) {
    findings.warnings.push({ path: `${path}.targets`, reason: 'not a list: no queries kept' });
    return [];
  }
  const targets: PanelTarget[] = [];
  raw.forEach((target, i) => {
    if (!isRecord(target)) {
      findings.warnings.push({ path: `${path}.targets[${i}]`, reason: 'not an object: dropped' });
      return;
    }
    // Grafana names queries A, B, C… when an older export left refId out.
    const refId = typeof target.refId === 'string' && target.refId !== '' ? target.refId : String.fromCharCode(65 + (i % 26));
    targets.push({ ...target, refId });
  });
  return targets;
}

/** A panel with defaults filled in, or undefined (with a problem) when it cannot be one. */
export function parsePanel(raw: unknown, path: string, findings: Findings, insideRow = false): Panel | undefined {
  if (!isRecord(raw)) {
    findings.problems.push({ path, reason: 'a panel must be an object' });
    return undefined;
  }
  if (typeof raw.type !== 'string' || raw.type === '') {
    findings.problems.push({ path: `${path}.type`, reason: 'a panel needs a type' });
    return undefined;
  }
  const type = raw.type;
  const known = (PANEL_TYPES as readonly string[]).includes(type);
  if (!known) findings.warnings.push({ path: `${path}.type`, reason: `unsupported panel type "${type}": kept as it is` });
  if (type === 'row' && insideRow) findings.warnings.push({ path, reason: 'a row inside a row: kept, but Grafana does not nest rows' });

  // id is checked for uniqueness across the whole dashboard afterwards; NaN marks "needs one".
  const id = Number.isInteger(raw.id) ? (raw.id as number) : Number.NaN;
  const panel: Panel = {
    ...raw,
    id,
    type,
    title: typeof raw.title === 'string' ? raw.title : '',
    gridPos: parseGridPos(raw.gridPos, path, type === 'row', findings),
  };
  if (type === 'row') {
    panel.collapsed = raw.collapsed === true;
    const children = Array.isArray(raw.panels) ? raw.panels : [];
    if (raw.panels !== undefined && !Array.isArray(raw.panels)) findings.warnings.push({ path: `${path}.panels`, reason: 'not a list: emptied' });
    panel.panels = children.flatMap((child, i) => parsePanel(child, `${path}.panels[${i}]`, findings, true) ?? []);
    return panel;
  }
  if (!known) return panel;
  const fieldConfig = isRecord(raw.fieldConfig) ? raw.fieldConfig : {};
  panel.fieldConfig = {
    ...fieldConfig,
    defaults: isRecord(fieldConfig.defaults) ? fieldConfig.defaults : {},
    overrides: Array.isArray(fieldConfig.overrides) ? (fieldConfig.overrides as FieldOverride[]) : [],
  };
  panel.options = isRecord(raw.options) ? raw.options : {};
  if (!DATA_FREE_TYPES.has(type)) panel.targets = parseTargets(raw.targets, path, findings);
  return panel;
}
