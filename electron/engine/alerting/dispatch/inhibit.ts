import type { InhibitRule } from './config';
import type { LabelSet } from './matchers';
import { fingerprint, matches } from './matchers';

export type InhibitAlert = { readonly labels: LabelSet; readonly firing: boolean };

/**
 * Alertmanager's inhibitor: a target is muted when some firing alert matches a rule's source matchers, the
 * target matches its target matchers, and both have equal values for every `equal` label (missing = empty).
 * When the target matches both sides of a rule, sources that also match both sides are disregarded
 * (inhibit.go `excludeTwoSidedMatch`), so an alert cannot inhibit itself.
 */
export class Inhibitor {
  constructor(private readonly rules: readonly InhibitRule[]) {}

  /** Fingerprints of the firing source alerts that inhibit `target`, empty when it is not muted. */
  inhibitedBy(target: LabelSet, alerts: readonly InhibitAlert[]): string[] {
    const by = new Set<string>();
    for (const rule of this.rules) {
      if (!matches(target, rule.targetMatchers)) continue;
      const targetIsSource = matches(target, rule.sourceMatchers);
      for (const source of alerts) {
        if (!source.firing || !matches(source.labels, rule.sourceMatchers)) continue;
        const fp = fingerprint(source.labels);
        if (targetIsSource && matches(source.labels, rule.targetMatchers)) continue;
        if (rule.equal.every((l) => (source.labels[l] ?? '') === (target[l] ?? ''))) by.add(fp);
      }
    }
    return [...by].sort();
  }

  mutes(target: LabelSet, alerts: readonly InhibitAlert[]): boolean {
    return this.inhibitedBy(target, alerts).length > 0;
  }
}
