import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FakeScreen } from './fake-screen';
import { splitKeys } from './keys';
import { LineEditor } from './line-editor';
import type { EditorEffect } from './line-editor';

const K = {
  enter: '\r',
  backspace: '\x7f',
  delete: '\x1b[3~',
  left: '\x1b[D',
  right: '\x1b[C',
  up: '\x1b[A',
  down: '\x1b[B',
  home: '\x1b[H',
  end: '\x1b[F',
  ctrlA: '\x01',
  ctrlE: '\x05',
  ctrlC: '\x03',
  ctrlG: '\x07',
  ctrlK: '\x0b',
  ctrlL: '\x0c',
  ctrlR: '\x12',
  ctrlU: '\x15',
  ctrlW: '\x17',
  ctrlY: '\x19',
  esc: '\x1b',
  tab: '\t',
  f1: '\x1bOP',
} as const;

const PROMPT = '$ ';

function feed(editor: LineEditor, chunk: string): EditorEffect[] {
  return splitKeys(chunk).flatMap((key) => editor.key(key));
}

function writes(effects: EditorEffect[]): string {
  return effects.map((e) => (e.type === 'write' ? e.text : '')).join('');
}

type Case = {
  name: string;
  /** Chunks as onData delivers them; `write` is what the last one wrote. */
  keys: string[];
  history?: string[];
  line: string;
  cursor: number;
  write?: string;
};

const CASES: Case[] = [
  { name: 'typing echoes each character', keys: ['kubectl'], line: 'kubectl', cursor: 7 },
  { name: 'one key at the end writes only that key', keys: ['kubect', 'l'], line: 'kubectl', cursor: 7, write: 'l' },
  { name: '← moves the cursor one cell left', keys: ['abc', K.left], line: 'abc', cursor: 2, write: '\x1b[1D' },
  { name: '→ stops at the end', keys: ['abc', K.right], line: 'abc', cursor: 3, write: '' },
  { name: 'typing mid-line rewrites the tail and moves back', keys: ['ac', K.left, 'b'], line: 'abc', cursor: 2, write: 'bc\x1b[1D' },
  { name: 'Home and End', keys: ['abc', K.home], line: 'abc', cursor: 0, write: '\x1b[3D' },
  { name: 'End from the start', keys: ['abc', K.home, K.end], line: 'abc', cursor: 3, write: '\x1b[3C' },
  { name: 'Ctrl-A and Ctrl-E', keys: ['abc', K.ctrlA, 'x', K.ctrlE, 'y'], line: 'xabcy', cursor: 5, write: 'y' },
  { name: 'Backspace at the end erases one cell', keys: ['abc', K.backspace], line: 'ab', cursor: 2, write: '\x1b[1D\x1b[J' },
  { name: 'Backspace mid-line closes the gap', keys: ['abcd', K.left, K.left, K.backspace], line: 'acd', cursor: 1, write: '\x1b[1Dcd\x1b[J\x1b[2D' },
  { name: 'Backspace at the start does nothing', keys: ['ab', K.home, K.backspace], line: 'ab', cursor: 0, write: '' },
  { name: 'Delete removes under the cursor', keys: ['abc', K.home, K.delete], line: 'bc', cursor: 0, write: 'bc\x1b[J\x1b[2D' },
  { name: 'Ctrl-U kills to the start', keys: ['kubectl get', K.left, K.left, K.left, K.ctrlU], line: 'get', cursor: 0 },
  { name: 'Ctrl-K kills to the end', keys: ['kubectl get', K.left, K.left, K.left, K.left, K.ctrlK], line: 'kubectl', cursor: 7 },
  { name: 'Ctrl-W kills the word before the cursor', keys: ['kubectl get pods  ', K.ctrlW], line: 'kubectl get ', cursor: 12 },
  { name: 'Ctrl-W mid-word kills back to the word start', keys: ['kubectl get', K.left, K.ctrlW], line: 'kubectl t', cursor: 8 },
  { name: 'Ctrl-Y yanks the last kill', keys: ['one two', K.ctrlW, K.ctrlA, K.ctrlY], line: 'twoone ', cursor: 3 },
  { name: '↑ recalls the newest entry', history: ['ls', 'kubectl get pods'], keys: [K.up], line: 'kubectl get pods', cursor: 16 },
  { name: '↑↑↓ walks back and forth', history: ['ls', 'df -h'], keys: [K.up, K.up, K.down], line: 'df -h', cursor: 5 },
  { name: '↓ past the newest restores the line being typed', history: ['ls'], keys: ['dra', K.up, K.down], line: 'dra', cursor: 3 },
  { name: '↑ at the oldest stays', history: ['ls'], keys: [K.up, K.up], line: 'ls', cursor: 2, write: '' },
  { name: 'Ctrl-R shows the search prompt', keys: [K.ctrlR], line: '', cursor: 0, write: '\x1b[2D(reverse-i-search)`\': \x1b[J' },
  {
    name: 'Ctrl-R finds the newest match, cursor on it',
    history: ['kubectl get pods -n shop', 'df -h', 'kubectl logs -f checkout'],
    keys: [K.ctrlR, 'get'],
    line: 'kubectl get pods -n shop',
    cursor: 8,
  },
  { name: 'Ctrl-R again finds an older match', history: ['tail a', 'ls', 'tail b'], keys: [K.ctrlR, 'tail', K.ctrlR], line: 'tail a', cursor: 0 },
  { name: 'a failed search keeps the last match', history: ['tail a'], keys: [K.ctrlR, 'tail', 'x'], line: 'tail a', cursor: 0 },
  { name: 'Esc accepts the match for editing', history: ['df -h'], keys: [K.ctrlR, 'df', K.esc, K.ctrlE, 'T'], line: 'df -hT', cursor: 6 },
  { name: '→ accepts and moves', history: ['df -h'], keys: [K.ctrlR, 'df', K.right], line: 'df -h', cursor: 1 },
  { name: 'Ctrl-G cancels the search and restores the line', history: ['df -h'], keys: ['uptime', K.ctrlR, 'df', K.ctrlG], line: 'uptime', cursor: 6 },
  { name: 'Backspace in the search widens it again', history: ['dig a', 'df -h'], keys: [K.ctrlR, 'dig', K.backspace, K.backspace], line: 'df -h', cursor: 0 },
  { name: 'unknown escape sequences are ignored', keys: ['a', K.f1], line: 'a', cursor: 1, write: '' },
  { name: 'Ctrl-L clears and redraws the line with the cursor in place', keys: ['abc', K.left, K.ctrlL], line: 'abc', cursor: 2, write: '\x1b[H\x1b[2J$ abc\x1b[1D' },
];

describe('LineEditor keys', () => {
  it.each(CASES)('$name', ({ keys, history, line, cursor, write }) => {
    const editor = new LineEditor();
    editor.history.seed(history ?? []);
    editor.begin(PROMPT);
    let last: EditorEffect[] = [];
    for (const chunk of keys) last = feed(editor, chunk);
    expect({ line: editor.line, cursor: editor.cursor }).toEqual({ line, cursor });
    if (write !== undefined) expect(writes(last)).toBe(write);
  });
});

describe('LineEditor lines', () => {
  it('Enter moves past the line and submits it; keys are ignored until the next prompt', () => {
    const editor = new LineEditor();
    editor.begin(PROMPT);
    const effects = feed(editor, `kubectl get pods${K.home}${K.enter}`);
    expect(effects.slice(-2)).toEqual([{ type: 'write', text: '\x1b[16C\r\n' }, { type: 'submit', line: 'kubectl get pods' }]);
    expect(feed(editor, 'x')).toEqual([]);
    expect(editor.editing).toBe(false);
  });

  it('Enter in a search runs the match', () => {
    const editor = new LineEditor();
    editor.history.seed(['kubectl get pods -n shop', 'ls']);
    editor.begin(PROMPT);
    expect(feed(editor, `${K.ctrlR}pods${K.enter}`).at(-1)).toEqual({ type: 'submit', line: 'kubectl get pods -n shop' });
  });

  it('Ctrl-C drops the line: cursor to its end, then cancel', () => {
    const editor = new LineEditor();
    editor.begin(PROMPT);
    expect(feed(editor, `rollout undo${K.home}${K.ctrlC}`).slice(-2)).toEqual([{ type: 'write', text: '\x1b[12C' }, { type: 'cancel' }]);
    expect(editor.history.size).toBe(0);
  });

  it('Ctrl-C in a search cancels it and the line', () => {
    const editor = new LineEditor();
    editor.history.seed(['df -h']);
    editor.begin(PROMPT);
    expect(feed(editor, `${K.ctrlR}df${K.ctrlC}`).at(-1)).toEqual({ type: 'cancel' });
  });

  it('run lines go to history without repeats, blanks or a leading space', () => {
    const editor = new LineEditor();
    for (const line of ['ls', 'ls', ' secret', '', 'df']) {
      editor.begin(PROMPT);
      feed(editor, `${line}${K.enter}`);
    }
    editor.begin(PROMPT);
    expect([feed(editor, K.up) && editor.line, feed(editor, K.up) && editor.line, feed(editor, K.up) && editor.line]).toEqual(['df', 'ls', 'ls']);
  });

  it('an answer to a question is not recorded and its prompt is not reprinted', () => {
    const editor = new LineEditor();
    expect(editor.begin('Proceed? [y/N] ', { printed: true, record: false })).toBe('');
    feed(editor, `y${K.enter}`);
    expect(editor.history.size).toBe(0);
  });

  it('a pasted block submits its first line; the rest waits for the next prompt', () => {
    const editor = new LineEditor();
    editor.begin(PROMPT);
    const keys = splitKeys(`help${K.enter}uptime${K.enter}`);
    const submitted: string[] = [];
    for (const key of keys) {
      if (!editor.editing) editor.begin(PROMPT);
      for (const effect of editor.key(key)) if (effect.type === 'submit') submitted.push(effect.line);
    }
    expect(submitted).toEqual(['help', 'uptime']);
  });
});

describe('LineEditor completion', () => {
  function tab(line: string, from: number, candidates: string[], tabs = 1): { editor: LineEditor; write: string } {
    const editor = new LineEditor(40);
    editor.begin(PROMPT);
    feed(editor, line);
    let write = '';
    for (let i = 0; i < tabs; i++) {
      const effects = feed(editor, K.tab);
      expect(effects).toEqual([{ type: 'complete', line, cursor: line.length }]);
      write = editor.completed(from, candidates);
    }
    return { editor, write };
  }

  it('one candidate completes the word and adds a space', () => {
    const { editor, write } = tab('kub', 0, ['kubectl']);
    expect(editor.line).toBe('kubectl ');
    expect(write).toBe('ectl ');
  });

  it('a directory completes without a space', () => {
    expect(tab('cat /var/l', 4, ['/var/log/']).editor.line).toBe('cat /var/log/');
  });

  it('several candidates complete to their common prefix', () => {
    expect(tab('kubectl get po', 12, ['pods', 'podsecuritypolicies']).editor.line).toBe('kubectl get pods');
  });

  it('no progress rings the bell on the first Tab and lists on the second, then reprints the line', () => {
    const pods = ['checkout-7d9f-b', 'checkout-5c4a-a'];
    expect(tab('kubectl logs checkout-', 13, pods).write).toBe('\x07');
    const { editor, write } = tab('kubectl logs checkout-', 13, pods, 2);
    expect(write).toBe('\r\ncheckout-5c4a-a  checkout-7d9f-b\r\n$ kubectl logs checkout-');
    expect(editor.line).toBe('kubectl logs checkout-');
  });

  it('no candidates ring the bell', () => {
    expect(tab('zzz', 0, []).write).toBe('\x07');
  });

  it('completing mid-line keeps the text after the cursor', () => {
    const editor = new LineEditor();
    editor.begin(PROMPT);
    feed(editor, `kub get pods${K.home}${K.right}${K.right}${K.right}`);
    feed(editor, K.tab);
    editor.completed(0, ['kubectl']);
    expect({ line: editor.line, cursor: editor.cursor }).toEqual({ line: 'kubectl  get pods', cursor: 8 });
  });
});

describe('LineEditor redraws', () => {
  const ALPHABET = ['a', 'b', 'x', ' ', '-', '/', 'é', K.left, K.right, K.home, K.end, K.backspace, K.delete, K.ctrlU, K.ctrlK, K.ctrlW, K.ctrlY, K.up, K.down];

  it('for any keys, the screen shows prompt + line with the cursor on the right cell, wrapped lines included', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...ALPHABET), { maxLength: 60 }), fc.integer({ min: 5, max: 12 }), (keys, cols) => {
        const editor = new LineEditor(cols);
        editor.history.seed(['kubectl get pods -n shop', 'ls']);
        const screen = new FakeScreen(cols);
        screen.write(editor.begin(PROMPT));
        for (const key of keys) screen.write(writes(editor.key(key)));
        const shown = PROMPT + editor.line;
        const rows = Array.from({ length: Math.ceil(shown.length / cols) }, (_, i) => shown.slice(i * cols, (i + 1) * cols).trimEnd());
        while (rows.length > 0 && rows.at(-1) === '') rows.pop();
        expect(screen.lines()).toEqual(rows);
        const cell = PROMPT.length + [...editor.line.slice(0, editor.cursor)].length;
        expect({ row: screen.row, col: screen.col }).toEqual({ row: Math.floor(cell / cols), col: cell % cols });
      }),
      { numRuns: 300 },
    );
  });

  it('the search replaces the prompt in place, wrapped, and Esc puts the prompt back', () => {
    const editor = new LineEditor(20);
    editor.history.seed(['kubectl get pods -n shop', 'ls']);
    const screen = new FakeScreen(20);
    screen.write(editor.begin(PROMPT));
    for (const chunk of ['uptime', K.ctrlR, 'get']) screen.write(writes(feed(editor, chunk)));
    expect(screen.lines()).toEqual(['(reverse-i-search)`g', "et': kubectl get pod", 's -n shop']);
    expect({ row: screen.row, col: screen.col }).toEqual({ row: 1, col: 13 });
    screen.write(writes(feed(editor, K.esc)));
    expect(screen.lines()).toEqual(['$ kubectl get pods -', 'n shop']);
    expect({ row: screen.row, col: screen.col }).toEqual({ row: 0, col: 10 });
  });

  it('wide characters take two cells', () => {
    const editor = new LineEditor();
    editor.begin(PROMPT);
    feed(editor, '日本');
    expect(writes(feed(editor, K.left))).toBe('\x1b[2D');
  });
});
