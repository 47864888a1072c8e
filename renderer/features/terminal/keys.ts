/** The keys the line editor understands, by the bytes xterm's onData delivers for them. */
export type KeyName =
  | 'enter'
  | 'backspace'
  | 'delete'
  | 'left'
  | 'right'
  | 'up'
  | 'down'
  | 'home'
  | 'end'
  | 'tab'
  | 'escape'
  | 'interrupt'
  | 'abort'
  | 'clearScreen'
  | 'killToStart'
  | 'killToEnd'
  | 'killWordBack'
  | 'yank'
  | 'reverseSearch'
  | 'deleteOrEof';

/** Byte sequences per key; xterm sends CSI or SS3 forms for the cursor keys depending on its mode. */
const KEY_BYTES: Record<KeyName, readonly string[]> = {
  enter: ['\r', '\n'],
  backspace: ['\x7f', '\b'],
  delete: ['\x1b[3~'],
  left: ['\x1b[D', '\x1bOD', '\x02'],
  right: ['\x1b[C', '\x1bOC', '\x06'],
  up: ['\x1b[A', '\x1bOA', '\x10'],
  down: ['\x1b[B', '\x1bOB', '\x0e'],
  home: ['\x1b[H', '\x1bOH', '\x1b[1~', '\x1b[7~', '\x01'],
  end: ['\x1b[F', '\x1bOF', '\x1b[4~', '\x1b[8~', '\x05'],
  tab: ['\t'],
  escape: ['\x1b'],
  interrupt: ['\x03'],
  abort: ['\x07'],
  clearScreen: ['\x0c'],
  killToStart: ['\x15'],
  killToEnd: ['\x0b'],
  killWordBack: ['\x17'],
  yank: ['\x19'],
  reverseSearch: ['\x12'],
  deleteOrEof: ['\x04'],
};

const BY_BYTES: ReadonlyMap<string, KeyName> = new Map(
  Object.entries(KEY_BYTES).flatMap(([name, sequences]) => sequences.map((s) => [s, name as KeyName] as const)),
);

/** The named key a token stands for, or undefined for printable text and keys the editor ignores. */
export function keyName(token: string): KeyName | undefined {
  return BY_BYTES.get(token);
}

/** A token is printable text when it holds no control character (C0, DEL or C1). */
export function isPrintable(token: string): boolean {
  return !/[\x00-\x1f\x7f-\x9f]/.test(token);
}

/**
 * Splits one onData chunk into keys: escape sequences (CSI `ESC [ … final`, SS3 `ESC O x`, Alt+key `ESC x`)
 * stay whole, everything else is one code point per key, so pasted text replays key by key.
 */
export function splitKeys(data: string): string[] {
  const keys: string[] = [];
  let i = 0;
  while (i < data.length) {
    const end = data[i] === '\x1b' ? escapeEnd(data, i) : i + String.fromCodePoint(data.codePointAt(i)!).length;
    keys.push(data.slice(i, end));
    i = end;
  }
  return keys;
}

function escapeEnd(data: string, start: number): number {
  const next = data[start + 1];
  if (next === undefined) return start + 1;
  if (next === '[') {
    let j = start + 2;
    while (j < data.length && !/[\x40-\x7e]/.test(data[j]!)) j++;
    return Math.min(j + 1, data.length);
  }
  if (next === 'O') return Math.min(start + 3, data.length);
  return start + 2;
}
