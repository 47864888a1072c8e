/** What one condition found: whether it holds, the logged events (seqs) behind the verdict, and why, in words. */
export type ConditionOutcome = { met: boolean; evidence: number[]; details: string[] };

export const unmet = (...details: string[]): ConditionOutcome => ({ met: false, evidence: [], details });
