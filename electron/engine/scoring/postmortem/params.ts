import { z } from 'zod';
import { ACTION_ITEM_TYPES } from '../../postmortem/types';

/**
 * The postmortem checks' params (registered with the communication checks, so rubrics name them the same way).
 * Unknown keys are refused so a typo is caught when the scenario loads.
 */
export const POSTMORTEM_CHECK_PARAMS = {
  'postmortem-root-cause': z.strictObject({}),
  /** min: how many of the truth's contributing factors must be named (default: all of them). */
  'postmortem-contributing-factors': z.strictObject({ min: z.int().min(1).optional() }),
  /**
   * met_when: "blameless" (default) is met by a saved postmortem with no blame language; "blaming" is met when
   * the last save has some, for a penalty criterion (a penalty's points are charged when its condition is met).
   */
  'postmortem-blameless': z.strictObject({ met_when: z.enum(['blameless', 'blaming']).optional() }),
  /** min: complete action items needed (owner, type, due date; default 1); types: the types they must cover between them. */
  'postmortem-action-items': z.strictObject({ min: z.int().min(1).optional(), types: z.array(z.enum(ACTION_ITEM_TYPES)).min(1).optional() }),
} as const;

export type PostmortemCheckName = keyof typeof POSTMORTEM_CHECK_PARAMS;
export type PostmortemCheckParams<N extends PostmortemCheckName> = z.infer<(typeof POSTMORTEM_CHECK_PARAMS)[N]>;
