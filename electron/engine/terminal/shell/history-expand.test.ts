import { describe, expect, it } from 'vitest';
import { expandHistory } from './history-expand';

const history = ['kubectl get pods', 'ls -l /var/log', 'echo hi'];

describe('expandHistory', () => {
  it.each([
    ['!!', 'echo hi'],
    ['sudo !!', 'sudo echo hi'],
    ['!1', 'kubectl get pods'],
    ['!-2', 'ls -l /var/log'],
    ['!ls', 'ls -l /var/log'],
    ['!k | head', 'kubectl get pods | head'],
    ['!?var?', 'ls -l /var/log'],
    ['echo "!!"', 'echo "echo hi"'],
  ])('%j → %j', (line, expanded) => expect(expandHistory(line, history)).toEqual({ ok: true, line: expanded, changed: true }));

  it.each(['echo hi', "echo '!!'", 'echo \\!!', 'echo ! x', 'a != b', 'echo !', 'echo "wow!"'])('leaves %j alone', (line) => {
    expect(expandHistory(line, history)).toEqual({ ok: true, line, changed: false });
  });

  it.each([
    ['!9', '!9: event not found'],
    ['!nope', '!nope: event not found'],
    ['!-9', '!-9: event not found'],
  ])('reports %j as bash does', (line, message) => expect(expandHistory(line, history)).toEqual({ ok: false, message }));

  it('has nothing to repeat in an empty history', () => {
    expect(expandHistory('!!', [])).toEqual({ ok: false, message: '!!: event not found' });
  });
});
