/** Parsing the Go text/template subset alert templates use: actions, pipelines, if/else if/else/end, variables. */

export type Operand =
  | { kind: 'string'; value: string }
  | { kind: 'number'; value: number }
  | { kind: 'bool'; value: boolean }
  | { kind: 'nil' }
  | { kind: 'field'; base: 'dot' | string; path: string[] } // base 'dot' or a variable name such as '$labels'
  | { kind: 'func'; name: string }
  | { kind: 'pipe'; pipe: Pipeline };
/** One command; `pos` is its offset in the template text, `text` Go's String() of it (for error messages). */
export type Command = { args: Operand[]; pos: number; text: string };
export type Pipeline = { decl?: string; commands: Command[] };
export type Node =
  | { kind: 'text'; text: string }
  | { kind: 'action'; pipe: Pipeline }
  | { kind: 'if'; branches: { cond: Pipeline; body: Node[] }[]; otherwise: Node[] };

export class TemplateError extends Error {}

const KEYWORDS = new Set(['if', 'else', 'end', 'range', 'with', 'define', 'template', 'block', 'break', 'continue']);

type Token = { t: string; pos: number };

function tokenize(src: string, base: number, line: number, fail: (m: string) => never): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < src.length) {
    const c = src[i]!;
    if (/\s/.test(c)) {
      i++;
      continue;
    }
    const rest = src.slice(i);
    const m =
      /^"(?:[^"\\\n]|\\.)*"/.exec(rest) ??
      /^`[^`]*`/.exec(rest) ??
      /^'(?:[^'\\]|\\.)+'/.exec(rest) ??
      /^:=/.exec(rest) ??
      /^[|()=]/.exec(rest) ??
      /^[+-]?(?:0[xX][0-9a-fA-F_]+|(?:\d[\d_]*\.?\d*|\.\d+)(?:[eE][+-]?\d+)?)/.exec(rest) ??
      /^\$[\p{L}\p{N}_]*(?:\.[\p{L}\p{N}_]+)*/u.exec(rest) ??
      /^(?:\.[\p{L}\p{N}_]+)+/u.exec(rest) ??
      /^\./.exec(rest) ??
      /^[\p{L}_][\p{L}\p{N}_]*(?:\.[\p{L}\p{N}_]+)*/u.exec(rest);
    if (!m) fail(`template: line ${line}: unexpected ${JSON.stringify(c)} in command`);
    tokens.push({ t: m[0], pos: base + i });
    i += m[0].length;
  }
  return tokens;
}

function unquote(tok: string, fail: (m: string) => never): string {
  if (tok.startsWith('`')) return tok.slice(1, -1);
  try {
    return JSON.parse(tok.replace(/\\([abfv'])/g, (_, e: string) => ({ a: '\\u0007', b: '\\b', f: '\\f', v: '\\u000b', "'": "'" })[e]!).replace(/\\x([0-9a-fA-F]{2})/g, '\\u00$1')) as string;
  } catch {
    return fail(`invalid syntax: ${tok}`);
  }
}

function parsePipeline(tokens: Token[], pos: { i: number }, vars: Set<string>, fail: (m: string) => never, inParen: boolean, known: (n: string) => boolean): Pipeline {
  const pipe: Pipeline = { commands: [] };
  const at = (i: number): string | undefined => tokens[i]?.t;
  if (/^\$[\p{L}\p{N}_]*$/u.test(at(pos.i) ?? '') && (at(pos.i + 1) === ':=' || at(pos.i + 1) === '=')) {
    pipe.decl = at(pos.i)!;
    if (at(pos.i + 1) === '=' && !vars.has(pipe.decl)) fail(`undefined variable "${pipe.decl}"`);
    vars.add(pipe.decl);
    pos.i += 2;
  }
  const words: string[] = [];
  const newCommand = (): Command => ({ args: [], pos: tokens[pos.i + 1]?.pos ?? 0, text: '' });
  let cmd: Command = { args: [], pos: tokens[pos.i]?.pos ?? 0, text: '' };
  const finish = (): void => {
    cmd.text = words.splice(0).join(' ');
    pipe.commands.push(cmd);
  };
  for (; pos.i < tokens.length; pos.i++) {
    const t = tokens[pos.i]!.t;
    if (t === ')') {
      if (!inParen) fail('unexpected ")" in operand');
      break;
    }
    if (t === '|') {
      if (cmd.args.length === 0) fail('missing command');
      finish();
      cmd = newCommand();
      continue;
    }
    if (t === '(') {
      pos.i++;
      const inner = parsePipeline(tokens, pos, vars, fail, true, known);
      if (at(pos.i) !== ')') fail('unclosed left paren');
      cmd.args.push({ kind: 'pipe', pipe: inner });
      words.push(`(${inner.commands.map((c) => c.text).join(' | ')})`);
      continue;
    }
    words.push(t);
    if (t.startsWith('"') || t.startsWith('`')) cmd.args.push({ kind: 'string', value: unquote(t, fail) });
    else if (t.startsWith("'")) cmd.args.push({ kind: 'number', value: unquote(`"${t.slice(1, -1)}"`, fail).codePointAt(0)! });
    else if (/^[+-]?[\d.]/.test(t) && t !== '.' && !/^\.[\p{L}_]/u.test(t)) {
      const n = Number(t.replace(/_/g, ''));
      if (Number.isNaN(n)) fail(`bad number syntax: "${t}"`);
      cmd.args.push({ kind: 'number', value: n });
    } else if (t === 'true' || t === 'false') cmd.args.push({ kind: 'bool', value: t === 'true' });
    else if (t === 'nil') cmd.args.push({ kind: 'nil' });
    else if (t.startsWith('$')) {
      const [name, ...path] = t.split('.');
      if (!vars.has(name!)) fail(`undefined variable "${name}"`);
      cmd.args.push({ kind: 'field', base: name!, path });
    } else if (t.startsWith('.')) cmd.args.push({ kind: 'field', base: 'dot', path: t === '.' ? [] : t.slice(1).split('.') });
    else if (KEYWORDS.has(t)) fail(`unexpected <${t}> in command`);
    else if (!known(t)) fail(`function "${t}" not defined`);
    else cmd.args.push({ kind: 'func', name: t });
  }
  if (cmd.args.length > 0) finish();
  else if (pipe.commands.length > 0) fail('missing command');
  if (pipe.commands.length === 0) fail(`missing value for command`);
  return pipe;
}

/** Parse template text; throws TemplateError with Go's `template: NAME:LINE: …` form. */
export function parseTemplate(text: string, name: string, knownFunc: (n: string) => boolean): Node[] {
  const vars = new Set(['$']);
  const root: Node[] = [];
  type Frame = { node: Extract<Node, { kind: 'if' }>; inElse: boolean; target: Node[] };
  const stack: Frame[] = [];
  let target = root;
  let i = 0;
  let line = 1;
  let trimNext = false;
  while (i <= text.length) {
    const open = text.indexOf('{{', i);
    let chunk = open < 0 ? text.slice(i) : text.slice(i, open);
    const trimLeft = open >= 0 && /^\{\{-[ \t\r\n]/.test(text.slice(open, open + 4));
    if (trimNext) chunk = chunk.replace(/^\s+/, '');
    if (trimLeft) chunk = chunk.replace(/\s+$/, '');
    if (chunk) target.push({ kind: 'text', text: chunk });
    line += (open < 0 ? text.slice(i) : text.slice(i, open)).split('\n').length - 1;
    if (open < 0) break;
    const fail = (m: string): never => {
      throw new TemplateError(`template: ${name}:${line}: ${m}`);
    };
    const close = text.indexOf('}}', open + 2);
    if (close < 0) fail('unclosed action');
    let body = text.slice(open + 2, close);
    trimNext = /[ \t\r\n]-$/.test(body);
    if (trimLeft) body = body.slice(2);
    if (trimNext) body = body.slice(0, -2);
    i = close + 2;
    const trimmed = body.trim();
    if (/^\/\*[\s\S]*\*\/$/.test(trimmed)) {
      line += body.split('\n').length - 1;
      continue;
    }
    const tokens = tokenize(body, open + 2 + (trimLeft ? 2 : 0), line, fail);
    line += body.split('\n').length - 1;
    const head = tokens[0]?.t;
    if (head === undefined) fail('missing value for command');
    const frame = stack[stack.length - 1];
    if (head === 'if' || (head === 'else' && tokens[1]?.t === 'if')) {
      const pos = { i: head === 'if' ? 1 : 2 };
      const cond = parsePipeline(tokens, pos, vars, fail, false, knownFunc);
      if (head === 'if') {
        const node: Frame['node'] = { kind: 'if', branches: [{ cond, body: [] }], otherwise: [] };
        target.push(node);
        stack.push({ node, inElse: false, target });
        target = node.branches[0]!.body;
      } else {
        if (!frame || frame.inElse) fail('unexpected {{else}}');
        frame!.node.branches.push({ cond, body: [] });
        target = frame!.node.branches[frame!.node.branches.length - 1]!.body;
      }
    } else if (head === 'else') {
      if (tokens.length > 1) fail(`unexpected ${tokens[1]!.t} in else`);
      if (!frame || frame.inElse) fail('unexpected {{else}}');
      frame!.inElse = true;
      target = frame!.node.otherwise;
    } else if (head === 'end') {
      if (!frame) fail('unexpected {{end}}');
      stack.pop();
      target = frame!.target;
    } else if (KEYWORDS.has(head!)) {
      fail(`{{${head}}} is not supported by this template engine`);
    } else {
      const pipe = parsePipeline(tokens, { i: 0 }, vars, fail, false, knownFunc);
      target.push({ kind: 'action', pipe });
    }
  }
  if (stack.length > 0) throw new TemplateError(`template: ${name}:${line}: unexpected EOF`);
  return root;
}
