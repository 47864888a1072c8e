/**
 * A small Markdown parser for runbooks: CommonMark's everyday subset (ATX headings, paragraphs, bullet and
 * ordered lists, fenced code, block quotes, thematic breaks; inline code, bold, italic, links) turned into
 * a block tree. Raw HTML is not interpreted: it stays text, and the renderer escapes text as React does.
 */

import type { Inline } from './inline';
import { parseInline } from './inline';

export type Block =
  | { type: 'heading'; level: 1 | 2 | 3 | 4 | 5 | 6; children: Inline[] }
  | { type: 'paragraph'; children: Inline[] }
  | { type: 'list'; ordered: boolean; start: number; items: Inline[][] }
  | { type: 'code'; lang: string; text: string }
  | { type: 'quote'; children: Block[] }
  | { type: 'rule' };

const HEADING = /^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/;
const FENCE = /^ {0,3}(`{3,}|~{3,})[ \t]*([^`\s]*)/;
const BULLET = /^ {0,3}[-*+][ \t]+(.*)$/;
const ORDERED = /^ {0,3}(\d{1,9})[.)][ \t]+(.*)$/;
const RULE = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
const QUOTE = /^ {0,3}>[ \t]?(.*)$/;
const BLANK = /^\s*$/;

function startsBlock(line: string): boolean {
  return HEADING.test(line) || FENCE.test(line) || BULLET.test(line) || ORDERED.test(line) || RULE.test(line) || QUOTE.test(line);
}

/** Parses Markdown into blocks. Never throws: anything it does not know is a paragraph of text. */
export function parseMarkdown(source: string): Block[] {
  const lines = source.replace(/\r\n?/g, '\n').split('\n');
  const blocks: Block[] = [];
  let i = 0;
  while (i < lines.length) {
    const line = lines[i]!;
    if (BLANK.test(line)) {
      i++;
      continue;
    }
    const fence = FENCE.exec(line);
    if (fence) {
      const marker = fence[1]!;
      const body: string[] = [];
      i++;
      while (i < lines.length && !lines[i]!.trimStart().startsWith(marker)) body.push(lines[i++]!);
      i++; // the closing fence (or the end of the text: an unclosed fence runs to the end, as in CommonMark)
      blocks.push({ type: 'code', lang: fence[2] ?? '', text: body.join('\n') });
      continue;
    }
    // A rule is checked before bullets: `* * *` and `- - -` are breaks, not list items.
    if (RULE.test(line)) {
      blocks.push({ type: 'rule' });
      i++;
      continue;
    }
    const heading = HEADING.exec(line);
    if (heading) {
      const level = heading[1]!.length as 1 | 2 | 3 | 4 | 5 | 6;
      blocks.push({ type: 'heading', level, children: parseInline(heading[2] ?? '') });
      i++;
      continue;
    }
    if (QUOTE.test(line)) {
      const body: string[] = [];
      while (i < lines.length && QUOTE.test(lines[i]!)) body.push(QUOTE.exec(lines[i++]!)![1]!);
      blocks.push({ type: 'quote', children: parseMarkdown(body.join('\n')) });
      continue;
    }
    if (BULLET.test(line) || ORDERED.test(line)) {
      const ordered = ORDERED.test(line);
      const pattern = ordered ? ORDERED : BULLET;
      const start = ordered ? Number(ORDERED.exec(line)![1]) : 1;
      const items: string[][] = [];
      while (i < lines.length) {
        const current = lines[i]!;
        const item = pattern.exec(current);
        if (item) {
          items.push([item[ordered ? 2 : 1]!]);
        } else if (!BLANK.test(current) && /^\s+\S/.test(current) && items.length > 0) {
          // An indented line continues the item above (a lazy continuation of its paragraph).
          items.at(-1)!.push(current.trim());
        } else if (BLANK.test(current) && i + 1 < lines.length && pattern.test(lines[i + 1]!)) {
          // A blank line between items keeps the list going (a loose list, shown as a tight one).
        } else {
          break;
        }
        i++;
      }
      blocks.push({ type: 'list', ordered, start, items: items.map((parts) => parseInline(parts.join(' '))) });
      continue;
    }
    const body: string[] = [];
    while (i < lines.length && !BLANK.test(lines[i]!) && (body.length === 0 || !startsBlock(lines[i]!))) body.push(lines[i++]!.trim());
    blocks.push({ type: 'paragraph', children: parseInline(body.join(' ')) });
  }
  return blocks;
}
