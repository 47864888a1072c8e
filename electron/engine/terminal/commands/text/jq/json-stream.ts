import type { Json } from './ast';

/** One JSON text of the input and the input line jq reports it at. */
export type StreamValue = { value: Json; line: number };

function position(text: string, at: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < at && i < text.length; i++) {
    if (text[i] === '\n') {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: Math.min(at, text.length) - lineStart };
}

/** The end (exclusive) of the JSON text starting at `start`, found by bracket and string matching. */
function valueEnd(text: string, start: number): number | undefined {
  const first = text[start]!;
  if (first === '{' || first === '[') {
    let depth = 0;
    for (let i = start; i < text.length; i++) {
      const c = text[i];
      if (c === '"') {
        i++;
        while (i < text.length && text[i] !== '"') i += text[i] === '\\' ? 2 : 1;
      } else if (c === '{' || c === '[') depth++;
      else if (c === '}' || c === ']') {
        depth--;
        if (depth === 0) return i + 1;
      }
    }
    return undefined;
  }
  if (first === '"') {
    let i = start + 1;
    while (i < text.length && text[i] !== '"') i += text[i] === '\\' ? 2 : 1;
    return i < text.length ? i + 1 : undefined;
  }
  let i = start;
  while (i < text.length && !/[\s{}[\],:"]/.test(text[i]!)) i++;
  return i === start ? start + 1 : i;
}

/**
 * Reads a stream of JSON texts (one per log line, or pretty-printed across lines) the way jq does:
 * the values up to the first malformed one, then jq's parse error for it.
 */
export function readJsonStream(text: string): { values: StreamValue[]; error?: string } {
  const values: StreamValue[] = [];
  let i = 0;
  for (;;) {
    while (i < text.length && /\s/.test(text[i]!)) i++;
    if (i >= text.length) return { values };
    const end = valueEnd(text, i);
    if (end === undefined) {
      const at = position(text, text.length);
      return { values, error: `parse error: Unfinished JSON term at EOF at line ${at.line}, column ${at.column}` };
    }
    const slice = text.slice(i, end);
    let value: Json;
    try {
      value = JSON.parse(slice) as Json;
    } catch {
      const at = position(text, end + 1);
      const kind = /^[A-Za-z]/.test(slice) ? 'Invalid literal' : /^[-0-9]/.test(slice) ? 'Invalid numeric literal' : 'Invalid JSON text';
      return { values, error: `parse error: ${kind} at line ${at.line}, column ${at.column}` };
    }
    values.push({ value, line: position(text, text[end] === '\n' ? end + 1 : end).line - (text[end] === '\n' ? 1 : 0) });
    i = end;
  }
}
