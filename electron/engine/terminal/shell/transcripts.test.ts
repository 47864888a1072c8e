import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ShellSession } from './session';
import { testSession } from './test-fixtures';
import type { CommandContext } from '../types';

const TESTDATA = join(__dirname, 'testdata');
const LOG = { '/var/log/api.log': 'GET /a 200\nGET /b 500\n' };

/**
 * Replays a terminal transcript: each line starting with the session's current prompt is typed, everything
 * else is what the terminal showed. A question's answer is typed on the question's own line. Returns the
 * transcript the session produces, to compare with the file.
 */
function replay(script: string, session: ShellSession, context: CommandContext): string {
  const lines = script.split('\n');
  let shown = '';
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.startsWith('#') && i === 0) {
      shown += `${line}\n`;
      continue;
    }
    const prompt = session.prompt();
    if (!line.startsWith(prompt)) continue;
    shown += `${line}\n`;
    let outcome = session.run(line.slice(prompt.length), context);
    while (outcome.awaiting === 'confirm') {
      const question = outcome.output.split('\n').pop()!;
      const j = lines.findIndex((l, k) => k > i && l.startsWith(question));
      const answer = j < 0 ? '' : lines[j]!.slice(question.length);
      if (j >= 0) i = j;
      shown += `${outcome.output}${answer}\n`;
      outcome = session.run(answer, context);
    }
    if (outcome.output !== '') shown += `${outcome.output}\n`;
  }
  return shown;
}

describe('transcripts', () => {
  for (const file of readdirSync(TESTDATA).filter((f) => f.endsWith('.txt'))) {
    it(file, () => {
      const script = readFileSync(join(TESTDATA, file), 'utf8');
      const { session, context } = testSession(LOG);
      expect(replay(script, session, context)).toBe(script.endsWith('\n') ? script : `${script}\n`);
    });
  }
});
