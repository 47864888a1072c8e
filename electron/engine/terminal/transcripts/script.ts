import type { Shown, TerminalDrill } from './transcript-kit';

/**
 * A transcript script, one instruction a line:
 *   @4m            move the sim clock to 4m
 *   $ LINE         type LINE at the prompt (questions are answered "y"); it must exit 0 unless `! N` follows
 *   % LINE         the mitigation: typed like `$`, and left out when the script runs as a control
 *   ~ REGEX        what the last line printed matches REGEX (named groups are kept for `{{name}}` in later lines)
 *   !~ REGEX       what it printed does not match REGEX
 *   ! N            it exited with status N
 *   # …            a comment
 * As a control (`withoutMitigation`), `%` lines are not typed and nothing after the first is checked: the
 * same session without the fix, to show the fault does not end by itself. Returns what the terminal showed.
 */
export function runScript(drill: TerminalDrill, script: string, withoutMitigation = false): string {
  const vars = new Map<string, string>();
  let last: Shown | undefined;
  let wantExit = 0;
  let shown = '';
  let skipping = false;
  const check = () => {
    if (!skipping && last && last.exitCode !== wantExit) throw new Error(`exit ${last.exitCode}, wanted ${wantExit}\n${shown}`);
  };
  for (const raw of script.split('\n').map((l) => l.trim())) {
    if (raw === '' || raw.startsWith('#')) continue;
    const [op, ...restWords] = raw.startsWith('@') ? ['@', raw.slice(1)] : raw.split(' ');
    const rest = restWords.join(' ').replace(/\{\{(\w+)\}\}/g, (_, name: string) => vars.get(name) ?? `{{${name}}}`);
    if (op === '%' && withoutMitigation) {
      skipping = true;
      last = undefined;
    } else if (skipping && op !== '@' && op !== '$') continue;
    else if (op === '@') {
      check();
      drill.until(rest);
    } else if (op === '$' || op === '%') {
      check();
      wantExit = 0;
      const prompt = drill.prompt();
      last = drill.type(rest);
      shown += `${prompt}${rest}\n${last.output}\n`;
    } else if (op === '~' || op === '!~') {
      const match = new RegExp(rest, 'm').exec(last?.output ?? '');
      if (op === '!~' ? match !== null : match === null) throw new Error(`output ${op === '~' ? 'does not match' : 'matches'} /${rest}/\n${shown}`);
      for (const [k, v] of Object.entries(match?.groups ?? {})) vars.set(k, v);
    } else if (op === '!') wantExit = Number(rest);
    else throw new Error(`bad script line: ${raw}`);
  }
  check();
  return shown;
}
