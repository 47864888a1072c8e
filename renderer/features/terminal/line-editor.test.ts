import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LineEditor } from './line-editor';

const ENTER = '\r';
const BACKSPACE = '\x7f';
const UP = '\x1b[A';
const DOWN = '\x1b[B';

function submitted(editor: LineEditor, data: string): string[] {
  return editor.input(data).flatMap((e) => (e.submit === undefined ? [] : [e.submit]));
}

describe('LineEditor', () => {
  it('echoes typing and submits the line on Enter', () => {
    const editor = new LineEditor();
    const effects = editor.input('help');
    expect(effects.map((e) => e.write).join('')).toBe('help');
    expect(submitted(editor, ENTER)).toEqual(['help']);
    expect(editor.line).toBe('');
  });

  it('backspace removes the last character and erases it on screen', () => {
    const editor = new LineEditor();
    editor.input('kubectx');
    const [effect] = editor.input(BACKSPACE);
    expect(effect?.write).toBe('\b \b');
    editor.input('l');
    expect(editor.line).toBe('kubectl');
  });

  it('backspace on an empty line writes nothing', () => {
    expect(new LineEditor().input(BACKSPACE)).toEqual([]);
  });

  it('recalls earlier lines with the arrow keys, newest first', () => {
    const editor = new LineEditor();
    submitted(editor, `first${ENTER}second${ENTER}`);
    editor.input(UP);
    expect(editor.line).toBe('second');
    editor.input(UP);
    expect(editor.line).toBe('first');
    editor.input(DOWN);
    expect(editor.line).toBe('second');
    editor.input(DOWN);
    expect(editor.line).toBe('');
  });

  it('Ctrl+C abandons the line without running it', () => {
    const editor = new LineEditor();
    editor.input('kubectl rollout undo');
    const effects = editor.input('\x03');
    expect(effects.some((e) => e.cancel)).toBe(true);
    expect(effects.some((e) => e.submit !== undefined)).toBe(false);
    expect(editor.line).toBe('');
  });

  it('a pasted block runs each line in order', () => {
    expect(submitted(new LineEditor(), `help${ENTER}kubectl get pods${ENTER}`)).toEqual(['help', 'kubectl get pods']);
  });

  it('ignores escape sequences it does not handle (e.g. F1) without echoing them', () => {
    const editor = new LineEditor();
    expect(editor.input('\x1b[11~')).toEqual([]);
    expect(editor.line).toBe('');
  });

  it('for any printable text, the submitted line is exactly what was typed', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'abcxyz -_/.:=é日'.split('')) }), (text) => {
        const editor = new LineEditor();
        editor.input(text);
        expect(submitted(editor, ENTER)).toEqual([text]);
      }),
    );
  });
});
