/** The words chat commands and delegations share: teammates by name, role names, "report in 5 minutes". */
import type { TeammateSpec } from '../../scenario/incident-schema';
import type { Role, Severity } from './types';

export type AssignableRole = Exclude<Role, 'ic'>;

/** Lower-cased, accents off ("Díaz" → "diaz"), so a name typed on any keyboard still matches. */
export function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** The ways a teammate can be named, longest first: full name, id, first name. */
function spellings(teammate: TeammateSpec): string[] {
  const first = teammate.name.split(/\s+/)[0]!;
  return [...new Set([teammate.name, teammate.id, first].map(fold))].sort((a, b) => b.length - a.length);
}

/**
 * The teammate named at the very start of `text` (with or without @), and the rest of the text after the
 * name. The longest spelling wins, so "Priya Shah" takes both words.
 */
export function teammateAtStart(text: string, team: readonly TeammateSpec[]): { teammate: TeammateSpec; rest: string } | undefined {
  const folded = fold(text);
  const at = folded.startsWith('@') ? 1 : 0;
  let best: { teammate: TeammateSpec; end: number } | undefined;
  for (const teammate of team) {
    for (const spelling of spellings(teammate)) {
      if (!folded.startsWith(spelling, at)) continue;
      const end = at + spelling.length;
      if (/[\p{L}\p{N}_-]/u.test(folded.charAt(end))) continue;
      if (!best || end > best.end) best = { teammate, end };
    }
  }
  // Folding keeps the length of the text for the letters a name uses, but combining marks in the input do
  // not; slice the original by the folded word count instead of by index.
  return best && { teammate: best.teammate, rest: text.slice(originalIndex(text, best.end)) };
}

/** The teammate named after a comma at the very end ("check the database, Priya."), and the text before it. */
export function teammateAtEnd(text: string, team: readonly TeammateSpec[]): { teammate: TeammateSpec; rest: string } | undefined {
  const match = /[,—–]\s*@?([\p{L}\p{N}_-]+(?:\s+[\p{L}\p{N}_-]+)?)[\s.!?]*$/u.exec(text);
  if (!match) return undefined;
  const words = match[1]!;
  const teammate = teammateByName(words, team) ?? teammateByName(words.split(/\s+/).pop()!, team);
  return teammate && { teammate, rest: text.slice(0, match.index) };
}

/** Every teammate @-mentioned anywhere in the text, in the order they appear. */
export function mentioned(text: string, team: readonly TeammateSpec[]): { teammate: TeammateSpec; start: number; end: number }[] {
  const out: { teammate: TeammateSpec; start: number; end: number }[] = [];
  for (const match of text.matchAll(/@([\p{L}\p{N}_-]+)/gu)) {
    const word = fold(match[1]!);
    const teammate = team.find((t) => spellings(t).includes(word));
    if (teammate) out.push({ teammate, start: match.index, end: match.index + match[0].length });
  }
  return out;
}

/** The index in `text` that `foldedIndex` characters of its folded form correspond to. */
function originalIndex(text: string, foldedIndex: number): number {
  let folded = 0;
  for (let i = 0; i < text.length; i++) {
    if (folded >= foldedIndex) return i;
    folded += fold(text.charAt(i)).length;
  }
  return text.length;
}

/** A teammate by id, first name or full name, with or without @ (what /assign's first word may be). */
export function teammateByName(word: string, team: readonly TeammateSpec[]): TeammateSpec | undefined {
  const wanted = fold(word.replace(/^@/, '').trim());
  return team.find((t) => spellings(t).includes(wanted));
}

const ROLE_PATTERNS: readonly [AssignableRole, RegExp][] = [
  ['ops', /^(?:ops|operations)(?:\s+lead)?$/],
  ['comms', /^(?:comms|communications?|comm)(?:\s+lead)?$/],
  ['scribe', /^scribe$/],
];

/** A role named by its words ("ops", "ops lead", "operations lead", "comms", "communications lead", "scribe"). */
export function roleNamed(words: string): AssignableRole | undefined {
  const w = fold(words).trim().replace(/^(?:as\s+)?(?:the\s+|our\s+)?/, '');
  return ROLE_PATTERNS.find(([, pattern]) => pattern.test(w))?.[0];
}

/** The role words at the start of a phrase and what follows them: "ops lead, roll back checkout". */
export function roleAtStart(text: string): { role: AssignableRole; rest: string } | undefined {
  const match = /^\s*(?:as\s+)?(?:the\s+|our\s+)?(ops|operations|comms|communications?|scribe)(\s+lead)?(?![\p{L}\p{N}_-])/iu.exec(text);
  if (!match) return undefined;
  const role = roleNamed(match[1]! + (match[2] ?? ''));
  return role && { role, rest: text.slice(match[0].length).replace(/^[\s,;:.—–-]+/, '') };
}

const UNIT = '(s|secs?|seconds?|m|mins?|minutes?|h|hrs?|hours?)';

/** "5 minutes" → "5m": the duration form the contract and the room read. */
export function durationWords(amount: string, unit: string): string {
  const u = unit.toLowerCase();
  return `${Number(amount)}${u.startsWith('h') ? 'h' : u.startsWith('s') ? 's' : 'm'}`;
}

/**
 * A promise of when to hear back, and the text without it: "report back in 5 minutes", "report in 5m",
 * "I'll come back to you in 10 minutes", "get back to me within 5 min", or a bare trailing "in 5m".
 */
export function reportInPhrase(text: string): { reportIn: string; rest: string } | undefined {
  const lead = String.raw`(?:(?:and\s+|then\s+)?(?:report(?:\s+back)?|get\s+back\s+to\s+me|come\s+back\s+to\s+me|let\s+me\s+know|update\s+me|ping\s+me|circle\s+back)(?:\s+(?:to\s+me|with\s+what\s+you\s+find|with\s+findings))?\s+|i(?:'|’)?ll\s+(?:come|check)\s+back\s+(?:to|with|in\s+with)\s+you\s+|i\s+will\s+(?:come|check)\s+back\s+(?:to|with)\s+you\s+)?`;
  const pattern = new RegExp(String.raw`[\s,;.—–-]*${lead}(?:in|within)\s+(\d{1,3})\s*${UNIT}(?![\p{L}\p{N}])[\s.!,;]*`, 'iu');
  const match = pattern.exec(text);
  if (!match) return undefined;
  const rest = (text.slice(0, match.index) + ' ' + text.slice(match.index + match[0].length)).replace(/\s+/g, ' ').trim();
  return { reportIn: durationWords(match[1]!, match[2]!), rest };
}

/** "SEV2", "sev-2", "Sev 2"-as-one-word forms and a bare "2": PagerDuty's levels 1–5. */
export function severityNamed(word: string): Severity | undefined {
  const match = /^(?:sev[-_]?)?([1-5])$/i.exec(word.trim());
  return match ? (`SEV${match[1]}` as Severity) : undefined;
}

/** A "next update in 15m" / "next update in 15 minutes" promise in an update's text, as a duration. */
export function nextUpdatePhrase(text: string): string | undefined {
  const match = new RegExp(String.raw`\bnext\s+(?:update|post)\b[^.]{0,30}?\b(?:in|within)\s+(\d{1,3})\s*${UNIT}(?![\p{L}\p{N}])`, 'iu').exec(text);
  if (match) return durationWords(match[1]!, match[2]!);
  const bare = new RegExp(String.raw`\b(?:update|post|report)\b[^.]{0,30}?\bin\s+(\d{1,3})\s*${UNIT}(?![\p{L}\p{N}])`, 'iu').exec(text);
  return bare ? durationWords(bare[1]!, bare[2]!) : undefined;
}
