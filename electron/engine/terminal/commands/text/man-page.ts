import type { Command } from '../../types';

/** Page width man lays pages out to in an 80-column terminal. */
const WIDTH = 80;
const INDENT = 7;
const OPTION_INDENT = 14;

/** Fills words into lines of at most `width` characters, each prefixed by `indent` spaces. */
function fill(text: string, indent: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter((w) => w !== '')) {
    if (line !== '' && indent + line.length + 1 + word.length > WIDTH - 1) {
      lines.push(' '.repeat(indent) + line);
      line = word;
    } else line = line === '' ? word : `${line} ${word}`;
  }
  if (line !== '') lines.push(' '.repeat(indent) + line);
  return lines;
}

const HEADING = /^[A-Z][A-Z ]+$/;

/**
 * Lays out a command's page as man does: NAME and SYNOPSIS from its summary and usage, then the `man`
 * text's sections. In that text a line in capitals starts a section (text before the first is the
 * DESCRIPTION), a line starting with `-` is an option term, and the lines under it describe it.
 */
export function renderManPage(command: Command): string {
  const title = `${command.name.toUpperCase()}(1)`;
  const middle = 'User Commands';
  const gap = WIDTH - 2 * title.length - middle.length;
  const header = `${title}${' '.repeat(Math.max(1, Math.floor(gap / 2)))}${middle}${' '.repeat(Math.max(1, Math.ceil(gap / 2)))}${title}`;
  const out: string[] = [header, '', 'NAME', ...fill(`${command.name} - ${command.summary}`, INDENT), '', 'SYNOPSIS', ...command.usage.split('\n').flatMap((u) => fill(u, INDENT))];
  const body = (command.man ?? '').split('\n');
  let section = body.length > 0 && !HEADING.test(body[0]!.trim()) && command.man ? 'DESCRIPTION' : '';
  if (section) out.push('', section);
  let underOption = false;
  // Each line of the text is one paragraph, filled to the page width.
  for (const raw of body) {
    const line = raw.trim();
    if (HEADING.test(line)) {
      underOption = false;
      section = line;
      if (out[out.length - 1] !== '') out.push('');
      out.push(section);
    } else if (line === '') {
      if (out[out.length - 1] !== '') out.push('');
    } else if (line.startsWith('-') && section === 'OPTIONS') {
      if (out[out.length - 1] !== section && out[out.length - 1] !== '') out.push('');
      out.push(' '.repeat(INDENT) + line);
      underOption = true;
    } else out.push(...fill(line, underOption ? OPTION_INDENT : INDENT));
  }
  while (out[out.length - 1] === '') out.pop();
  const footer = `Firedrill${' '.repeat(WIDTH - 'Firedrill'.length - title.length)}${title}`;
  return `${out.join('\n')}\n\n${footer}\n`;
}

/** `man`: the page of any command in the table, laid out as man lays it out. */
export function createMan(commands: () => readonly Command[]): Command {
  return {
    name: 'man',
    summary: 'an interface to the system reference manuals',
    usage: 'man [SECTION] PAGE...',
    man: `man is the system's manual pager. Each PAGE argument given to man is normally the name of a program, utility or function; the manual page associated with each of these arguments is found and displayed.

In this terminal every command of the shell has a page; 'help' lists them.

EXIT STATUS
0 on success, 1 on a usage error, 16 when at least one of the pages was not found.`,
    complete: (_words, partial) => commands().map((c) => c.name).filter((name) => name.startsWith(partial)),
    run({ args }) {
      const pages = args.filter((a, i) => !(i === 0 && /^[1-9]$/.test(a) && args.length > 1) && !a.startsWith('-'));
      if (pages.length === 0) return { stdout: '', stderr: "What manual page do you want?\nFor example, try 'man man'.\n", exitCode: 1 };
      const table = new Map(commands().map((c) => [c.name, c]));
      let stdout = '';
      let stderr = '';
      for (const page of pages) {
        const command = table.get(page);
        if (command) stdout += renderManPage(command);
        else stderr += `No manual entry for ${page}\n`;
      }
      return { stdout, stderr, exitCode: stderr === '' ? 0 : 16 };
    },
  };
}
