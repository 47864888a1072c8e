/** Inline Markdown: code spans, strong and emphasis, links; everything else stays text. */

export type Inline =
  | { type: 'text'; text: string }
  | { type: 'code'; text: string }
  | { type: 'strong'; children: Inline[] }
  | { type: 'em'; children: Inline[] }
  | { type: 'link'; children: Inline[]; href: string };

/** Parses inline Markdown: `code`, **bold**, *italic* / _italic_, [text](url); everything else is text. */
export function parseInline(text: string): Inline[] {
  const out: Inline[] = [];
  let plain = '';
  const flush = () => {
    if (plain) out.push({ type: 'text', text: plain });
    plain = '';
  };
  let i = 0;
  while (i < text.length) {
    const ch = text[i]!;
    if (ch === '\\' && i + 1 < text.length && /[\\`*_[\]()#+\-.!>~]/.test(text[i + 1]!)) {
      plain += text[i + 1];
      i += 2;
      continue;
    }
    if (ch === '`') {
      const run = /^`+/.exec(text.slice(i))![0];
      const close = text.indexOf(run, i + run.length);
      if (close > 0) {
        flush();
        const code = text.slice(i + run.length, close);
        out.push({ type: 'code', text: code.length > 2 && code.startsWith(' ') && code.endsWith(' ') ? code.slice(1, -1) : code });
        i = close + run.length;
        continue;
      }
      plain += run;
      i += run.length;
      continue;
    }
    if ((ch === '*' || ch === '_') && text[i + 1] === ch) {
      const close = text.indexOf(ch + ch, i + 2);
      if (close > i + 2) {
        flush();
        out.push({ type: 'strong', children: parseInline(text.slice(i + 2, close)) });
        i = close + 2;
        continue;
      }
    }
    if ((ch === '*' || ch === '_') && text[i + 1] !== undefined && !/\s/.test(text[i + 1]!)) {
      // `_` inside a word (snake_case names in runbooks) is not emphasis.
      const wordBefore = ch === '_' && i > 0 && /\w/.test(text[i - 1]!);
      const close = findEmphasisClose(text, ch, i + 1);
      if (!wordBefore && close > 0) {
        flush();
        out.push({ type: 'em', children: parseInline(text.slice(i + 1, close)) });
        i = close + 1;
        continue;
      }
    }
    if (ch === '[') {
      const link = parseLink(text, i);
      if (link) {
        flush();
        out.push({ type: 'link', children: parseInline(link.label), href: link.href });
        i = link.end;
        continue;
      }
    }
    plain += ch;
    i++;
  }
  flush();
  return out;
}

/** `[label](destination "title")` at `from`, with balanced parentheses in the destination as CommonMark allows. */
function parseLink(text: string, from: number): { label: string; href: string; end: number } | undefined {
  const labelEnd = text.indexOf('](', from);
  if (labelEnd < 0 || text.slice(from + 1, labelEnd).includes(']')) return undefined;
  let depth = 0;
  for (let j = labelEnd + 2; j < text.length; j++) {
    if (text[j] === '(') depth++;
    else if (text[j] === ')' && depth-- === 0) {
      const target = /^\s*<?([^\s>]*)>?(?:\s+"[^"]*")?\s*$/.exec(text.slice(labelEnd + 2, j));
      return target ? { label: text.slice(from + 1, labelEnd), href: target[1]!, end: j + 1 } : undefined;
    }
  }
  return undefined;
}

function findEmphasisClose(text: string, ch: string, from: number): number {
  for (let j = from; j < text.length; j++) {
    if (text[j] === '`') {
      const end = text.indexOf('`', j + 1);
      if (end > 0) j = end;
      continue;
    }
    if (text[j] !== ch || /\s/.test(text[j - 1]!)) continue;
    if (text[j + 1] === ch) {
      j++;
      continue;
    }
    if (ch === '_' && j + 1 < text.length && /\w/.test(text[j + 1]!)) continue;
    return j;
  }
  return -1;
}

/** The text of inline content without its formatting (for headings used as names, and for tests). */
export function inlineText(inline: Inline[]): string {
  return inline.map((node) => ('text' in node ? node.text : node.type === 'link' ? `${inlineText(node.children)} (${node.href})` : inlineText(node.children))).join('');
}
