import type { ImportedEvent } from '../store/graded-imports-repo';
import { eventHash, GENESIS_HASH } from '../store';

/**
 * Recomputes the hash chain from GENESIS in the order the bundle lists the events. Any edit to an event's seq,
 * time, type or payload, a dropped or reordered event, or a changed head shows up as a flag.
 */
export function chainFlags(events: readonly ImportedEvent[], claimedHead: string): string[] {
  const flags: string[] = [];
  const seqs = events.map((e) => e.seq);
  const missing = missingSeqs(seqs);
  if (missing.length > 0) flags.push(`missing seq ${missing.join(', ')}`);
  const outOfOrder = seqs.findIndex((seq, i) => i > 0 && seq <= seqs[i - 1]!);
  if (outOfOrder > 0) flags.push(`reordered: seq ${seqs[outOfOrder]} comes after seq ${seqs[outOfOrder - 1]}`);
  let prev = GENESIS_HASH;
  let broken = false;
  for (const e of events) {
    const recomputed = eventHash(prev, e.seq, e.t, e.type, JSON.stringify(e.payload ?? {}));
    if (!broken && (e.prevHash !== prev || e.hash !== recomputed)) {
      flags.push(`broken chain at seq ${e.seq}`);
      broken = true;
    }
    prev = recomputed;
  }
  // The head must be the hash the events really chain to, and the one the last event carries.
  if (claimedHead !== prev || claimedHead !== events.at(-1)?.hash) flags.push('chain head mismatch');
  return flags;
}

/** The seqs between 1 and the largest one that the log lacks. */
function missingSeqs(seqs: readonly number[]): number[] {
  const present = new Set(seqs);
  const top = Math.max(0, ...seqs);
  const missing: number[] = [];
  for (let seq = 1; seq <= top; seq++) if (!present.has(seq)) missing.push(seq);
  return missing;
}
