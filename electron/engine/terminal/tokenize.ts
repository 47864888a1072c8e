/** Splits a command line into words, honouring single and double quotes and backslash escapes as a shell does. */
export function tokenize(line: string): { ok: true; words: string[] } | { ok: false; reason: string } {
  const words: string[] = [];
  let word = '';
  let inWord = false;
  let quote: '"' | "'" | undefined;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]!;
    if (quote) {
      if (ch === quote) quote = undefined;
      // Inside double quotes a backslash escapes only $ ` " \ and newline; before anything else it is literal.
      else if (ch === '\\' && quote === '"' && i + 1 < line.length && '$`"\\\n'.includes(line[i + 1]!)) {
        const next = line[++i]!;
        if (next !== '\n') word += next;
      } else word += ch;
    } else if (ch === '"' || ch === "'") {
      quote = ch;
      inWord = true;
    } else if (ch === '\\' && i + 1 < line.length) {
      word += line[++i];
      inWord = true;
    } else if (/\s/.test(ch)) {
      if (inWord) words.push(word);
      word = '';
      inWord = false;
    } else {
      word += ch;
      inWord = true;
    }
  }
  if (quote) return { ok: false, reason: `unexpected EOF while looking for matching \`${quote}'` };
  if (inWord) words.push(word);
  return { ok: true, words };
}
