import type { ProseField } from './document-edit';

/** Each prose section's label and a line of guidance on writing it blamelessly (CONVENTIONS.md §7). */
export const PROSE_SECTIONS: Record<ProseField, { label: string; guidance: string; rows: number }> = {
  title: { label: 'Title', guidance: 'A short name for the incident: what broke, and for whom.', rows: 1 },
  summary: { label: 'Summary', guidance: 'Two or three sentences: what happened, how long it lasted, how it was brought back.', rows: 3 },
  impact: { label: 'Impact', guidance: 'Who was affected and how much — users, requests, orders, support cases — with the numbers you saw.', rows: 3 },
  trigger: { label: 'Trigger', guidance: 'What set the incident off: a deploy, a traffic spike, a configuration change.', rows: 2 },
  rootCause: { label: 'Root cause', guidance: 'The condition in the system that let the trigger do harm. Describe the system, not a person.', rows: 3 },
  wentWell: { label: 'What went well', guidance: 'What helped: an alert that fired early, a runbook that worked, a clear handoff.', rows: 3 },
  wentBadly: { label: 'What went badly', guidance: 'Where the response or the system made things harder. Say what, not who.', rows: 3 },
  gotLucky: { label: 'Where we got lucky', guidance: 'What limited the damage by chance rather than by design.', rows: 2 },
};

export const WHYS_GUIDANCE = 'Start at what users saw. Each answer becomes the next "why?". Stop at a system or process cause, never at a person.';
export const TIMELINE_GUIDANCE = 'Pre-filled from the incident document. Times in UTC (HH:MM or HH:MM:SS); add the moments that mattered, remove noise.';
export const FACTORS_GUIDANCE = 'Conditions that made the incident possible or worse, besides the root cause: one per line.';
export const ACTION_ITEMS_GUIDANCE = 'Each follow-up needs one owner, a due date and a type: prevent it, detect it sooner, mitigate the damage, or fix the process.';
