import type { FieldDefaults, MappingResult, Panel, PanelTarget, ThresholdStep, Thresholds, ValueMapping } from '../../../../electron/contract';
import { DEFAULT_THRESHOLDS } from '../lib/thresholds';

/**
 * Pure updates of a panel's Grafana options for the options form: each returns a new panel and leaves every key
 * it does not touch (including ones Firedrill does not know) as it was, so export stays faithful.
 */

type Json = Record<string, unknown>;
const isRecord = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Sets a nested key (creating objects on the way); `undefined` removes the key instead. */
export function setIn(target: Json, path: string[], value: unknown): Json {
  const [head, ...rest] = path;
  if (head === undefined) return target;
  const copy: Json = { ...target };
  if (rest.length === 0) {
    if (value === undefined) delete copy[head];
    else copy[head] = value;
    return copy;
  }
  copy[head] = setIn(isRecord(target[head]) ? target[head] : {}, rest, value);
  return copy;
}

/** panel.options.<path>. */
export function setOption(panel: Panel, path: string[], value: unknown): Panel {
  return { ...panel, options: setIn(panel.options ?? {}, path, value) };
}

/** panel.fieldConfig.defaults.<path>, keeping overrides. */
export function setDefault(panel: Panel, path: string[], value: unknown): Panel {
  const fieldConfig = panel.fieldConfig ?? { defaults: {}, overrides: [] };
  return { ...panel, fieldConfig: { ...fieldConfig, defaults: setIn(fieldConfig.defaults, path, value) as FieldDefaults } };
}

/** panel.fieldConfig.defaults.custom.<path>. */
export function setCustom(panel: Panel, path: string[], value: unknown): Panel {
  return setDefault(panel, ['custom', ...path], value);
}

/** A number field's text: empty clears (undefined), anything unparseable is refused (NaN → undefined too). */
export function parseOptionalNumber(text: string): number | undefined {
  if (text.trim() === '') return undefined;
  const n = Number(text);
  return Number.isFinite(n) ? n : undefined;
}

// ── thresholds ──────────────────────────────────────────────────────────────

function thresholdsOf(panel: Panel): Thresholds {
  return panel.fieldConfig?.defaults.thresholds ?? DEFAULT_THRESHOLDS;
}

function withThresholds(panel: Panel, thresholds: Thresholds): Panel {
  return setDefault(panel, ['thresholds'], thresholds);
}

/** Adds a step above the highest (+10, as Grafana), in a colour of its own. */
export function addThresholdStep(panel: Panel): Panel {
  const t = thresholdsOf(panel);
  const top = t.steps.reduce((max, s) => (s.value !== null && s.value > max ? s.value : max), t.steps.length > 1 ? -Infinity : 0);
  const used = new Set(t.steps.map((s) => s.color));
  const color = ['orange', 'yellow', 'purple', 'blue', 'red', 'green'].find((c) => !used.has(c)) ?? 'red';
  return withThresholds(panel, { ...t, steps: [...t.steps, { color, value: Number.isFinite(top) ? top + 10 : 10 }] });
}

/** Removes a step; the base step (value null, −∞) stays, as in Grafana. */
export function removeThresholdStep(panel: Panel, index: number): Panel {
  const t = thresholdsOf(panel);
  if (t.steps[index]?.value === null) return panel;
  return withThresholds(panel, { ...t, steps: t.steps.filter((_, i) => i !== index) });
}

export function updateThresholdStep(panel: Panel, index: number, change: Partial<ThresholdStep>): Panel {
  const t = thresholdsOf(panel);
  // The base step's value is always null (−∞); only its colour changes.
  const steps = t.steps.map((s, i) => (i === index ? { ...s, ...change, value: s.value === null ? null : (change.value ?? s.value) } : s));
  return withThresholds(panel, { ...t, steps });
}

export function setThresholdMode(panel: Panel, mode: Thresholds['mode']): Panel {
  return withThresholds(panel, { ...thresholdsOf(panel), mode });
}

/** Steps in display order (highest first, as Grafana's editor lists them), with their index in the JSON. */
export function orderedSteps(panel: Panel): { step: ThresholdStep; index: number }[] {
  return thresholdsOf(panel)
    .steps.map((step, index) => ({ step, index }))
    .sort((a, b) => (b.step.value ?? -Infinity) - (a.step.value ?? -Infinity));
}

// ── value mappings ──────────────────────────────────────────────────────────

/** One editable line of the mappings editor. A value mapping with several values gives one row per value. */
export type MappingRow =
  | { kind: 'value'; mapping: number; key: string; result: MappingResult }
  | { kind: 'range'; mapping: number; from: number | null; to: number | null; result: MappingResult }
  | { kind: 'other'; mapping: number; type: string };

export function mappingRows(panel: Panel): MappingRow[] {
  return (panel.fieldConfig?.defaults.mappings ?? []).flatMap((m, mapping): MappingRow[] => {
    if (m.type === 'value') return Object.entries(m.options).map(([key, result]) => ({ kind: 'value', mapping, key, result }));
    if (m.type === 'range') return [{ kind: 'range', mapping, from: m.options.from, to: m.options.to, result: m.options.result }];
    return [{ kind: 'other', mapping, type: m.type }];
  });
}

function mappingsOf(panel: Panel): ValueMapping[] {
  return panel.fieldConfig?.defaults.mappings ?? [];
}

export function addMapping(panel: Panel, type: 'value' | 'range'): Panel {
  const mapping: ValueMapping = type === 'value' ? { type: 'value', options: { '': { text: '' } } } : { type: 'range', options: { from: null, to: null, result: { text: '' } } };
  return setDefault(panel, ['mappings'], [...mappingsOf(panel), mapping]);
}

/** Removes a row: a value row drops its key (and the mapping when it was the last), others the whole mapping. */
export function removeMappingRow(panel: Panel, row: MappingRow): Panel {
  const mappings = mappingsOf(panel).flatMap((m, i): ValueMapping[] => {
    if (i !== row.mapping) return [m];
    if (row.kind === 'value' && m.type === 'value') {
      const options = { ...m.options };
      delete options[row.key];
      return Object.keys(options).length ? [{ ...m, options }] : [];
    }
    return [];
  });
  return setDefault(panel, ['mappings'], mappings);
}

/** Edits a value row: its value (the key, order kept), text or colour. */
export function updateValueRow(panel: Panel, row: Extract<MappingRow, { kind: 'value' }>, change: { key?: string; text?: string; color?: string }): Panel {
  const mappings = mappingsOf(panel).map((m, i) => {
    if (i !== row.mapping || m.type !== 'value') return m;
    const options: Record<string, MappingResult> = {};
    for (const [key, result] of Object.entries(m.options)) {
      if (key !== row.key) options[key] = result;
      else options[change.key ?? key] = clean({ ...result, ...pick(change) });
    }
    return { ...m, options };
  });
  return setDefault(panel, ['mappings'], mappings);
}

export function updateRangeRow(panel: Panel, row: Extract<MappingRow, { kind: 'range' }>, change: { from?: number | null; to?: number | null; text?: string; color?: string }): Panel {
  const mappings = mappingsOf(panel).map((m, i) => {
    if (i !== row.mapping || m.type !== 'range') return m;
    const from = change.from !== undefined ? change.from : m.options.from;
    const to = change.to !== undefined ? change.to : m.options.to;
    return { ...m, options: { from, to, result: clean({ ...m.options.result, ...pick(change) }) } };
  });
  return setDefault(panel, ['mappings'], mappings);
}

function pick(change: { text?: string; color?: string }): Partial<MappingResult> {
  const out: Partial<MappingResult> = {};
  if (change.text !== undefined) out.text = change.text;
  if (change.color !== undefined) out.color = change.color;
  return out;
}

/** Drops an empty colour, so "no colour" is absent from the JSON as Grafana writes it. */
function clean(result: MappingResult): MappingResult {
  const out = { ...result };
  if (out.color === '') delete out.color;
  return out;
}

// ── queries ─────────────────────────────────────────────────────────────────

const REF_IDS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

/** Adds a query with the first free letter, as Grafana names them. */
export function addTarget(panel: Panel): Panel {
  const used = new Set((panel.targets ?? []).map((t) => t.refId));
  const refId = [...REF_IDS].find((letter) => !used.has(letter)) ?? `Q${used.size + 1}`;
  return { ...panel, targets: [...(panel.targets ?? []), { refId, expr: '' }] };
}

export function removeTarget(panel: Panel, index: number): Panel {
  return { ...panel, targets: (panel.targets ?? []).filter((_, i) => i !== index) };
}

/** Changes a query; an empty optional text (legend, min step) is removed rather than saved as "". */
export function updateTarget(panel: Panel, index: number, change: Partial<PanelTarget>): Panel {
  const targets = (panel.targets ?? []).map((t, i) => {
    if (i !== index) return t;
    const next: PanelTarget = { ...t, ...change };
    for (const key of ['legendFormat', 'interval'] as const) if (next[key] === '') delete next[key];
    return next;
  });
  return { ...panel, targets };
}
