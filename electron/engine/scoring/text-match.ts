/**
 * Whole-word, case-insensitive phrase matching for text conditions. A phrase matches where it stands alone:
 * "impact" matches "Impact: checkout" but not "impacted"; spaces in a phrase match any run of white space.
 */
export function containsPhrase(text: string, phrase: string): boolean {
  return phrasePattern(phrase).test(text);
}

const cache = new Map<string, RegExp>();

function phrasePattern(phrase: string): RegExp {
  let pattern = cache.get(phrase);
  if (pattern === undefined) {
    const body = phrase.trim().split(/\s+/).map(escapeRegex).join('\\s+');
    // Letters, digits and underscores on either side would make the phrase part of a longer word.
    pattern = new RegExp(`(?<![\\p{L}\\p{N}_])${body}(?![\\p{L}\\p{N}_])`, 'iu');
    cache.set(phrase, pattern);
  }
  return pattern;
}

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** What a text says against a rubric's synonym groups and forbidden phrases. */
export type TextVerdict = {
  /** Per require group, the first of its phrases the text contains (undefined: none). */
  groups: (string | undefined)[];
  /** The forbidden phrases the text contains. */
  forbidden: string[];
};

export function judgeText(text: string, require: readonly (readonly string[])[], forbid: readonly string[]): TextVerdict {
  return {
    groups: require.map((group) => group.find((phrase) => containsPhrase(text, phrase))),
    forbidden: forbid.filter((phrase) => containsPhrase(text, phrase)),
  };
}
