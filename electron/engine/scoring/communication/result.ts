/** What a check found: whether it is met, the logged learner actions it judged (event seqs), and lines that explain it. */
export type CheckResult = { met: boolean; evidence: number[]; details: string[] };

/** Evidence in log order without repeats. */
export function evidenceOf(seqs: Iterable<number>): number[] {
  return [...new Set(seqs)].sort((a, b) => a - b);
}

/** "✓" for a part that is there, else the phrase that says what is missing. */
export function tick(label: string, present: boolean, missing = `${label} missing`): string {
  return present ? `${label} ✓` : missing;
}
