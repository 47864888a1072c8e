/** The rule editor's preview and the alert-rule lab: rule files evaluated over a drill's past, or over a whole scenario replay. */
export { previewRules, MAX_PREVIEW_EVALUATIONS } from './preview';
export type { PreviewOptions } from './preview';
export { runRuleLab } from './lab';
export type { LabOptions } from './lab';
export { LAB_POINTS, MIN_FOR_MS, REQUIRED_ANNOTATIONS } from './checks';
export { clockTime } from './text';
