/** Shared pieces of dashboard import: where problems are collected, and small shape checks. */
import type { DashboardProblem } from './model';

export type Findings = { warnings: DashboardProblem[]; problems: DashboardProblem[] };

export function newFindings(): Findings {
  return { warnings: [], problems: [] };
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function isFiniteNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}
