// The editing keys as pure functions of the line and cursor, keyed by name (readline's commands).
import { nextIndex, previousIndex } from './cells';
import type { KeyName } from './keys';

/** The text being edited and the cursor as an index into it (UTF-16, as the contract's `cursor` is). */
export type EditState = { text: string; cursor: number };
/** An edit's result; `killed` is text cut into the kill ring (Ctrl-Y yanks it back). */
export type Edit = EditState & { killed?: string };

type EditAction = (state: EditState) => Edit;

/** Start of the whitespace-delimited word before the cursor (readline's unix-word-rubout). */
function wordStart({ text, cursor }: EditState): number {
  let i = cursor;
  while (i > 0 && /\s/.test(text[i - 1]!)) i--;
  while (i > 0 && !/\s/.test(text[i - 1]!)) i--;
  return i;
}

function deleteForward({ text, cursor }: EditState): Edit {
  return { text: text.slice(0, cursor) + text.slice(nextIndex(text, cursor)), cursor };
}

export const EDIT_ACTIONS: Partial<Record<KeyName, EditAction>> = {
  left: ({ text, cursor }) => ({ text, cursor: previousIndex(text, cursor) }),
  right: ({ text, cursor }) => ({ text, cursor: nextIndex(text, cursor) }),
  home: ({ text }) => ({ text, cursor: 0 }),
  end: ({ text }) => ({ text, cursor: text.length }),
  backspace: ({ text, cursor }) => {
    const at = previousIndex(text, cursor);
    return { text: text.slice(0, at) + text.slice(cursor), cursor: at };
  },
  delete: deleteForward,
  // Ctrl-D deletes under the cursor; on an empty line bash would log out, which a drill's shell does not.
  deleteOrEof: deleteForward,
  killToStart: ({ text, cursor }) => ({ text: text.slice(cursor), cursor: 0, killed: text.slice(0, cursor) }),
  killToEnd: ({ text, cursor }) => ({ text: text.slice(0, cursor), cursor, killed: text.slice(cursor) }),
  killWordBack: (state) => {
    const start = wordStart(state);
    return { text: state.text.slice(0, start) + state.text.slice(state.cursor), cursor: start, killed: state.text.slice(start, state.cursor) };
  },
};

/** Inserts text at the cursor. */
export function insert({ text, cursor }: EditState, inserted: string): EditState {
  return { text: text.slice(0, cursor) + inserted + text.slice(cursor), cursor: cursor + inserted.length };
}
