import { describe, expect, it } from 'vitest';
import { testSession } from './test-fixtures';

const FILES = { '/var/log/api.log': '', '/var/log/db.log': '', '/var/log/.hidden': '', '/var/log/nginx/access.log': '', '/srv/a b/x.txt': '' };

describe('pathname expansion', () => {
  it.each([
    ['echo /var/log/*.log', '/var/log/api.log /var/log/db.log'],
    ['echo /var/log/*', '/var/log/api.log /var/log/db.log /var/log/nginx'],
    ['echo /var/log/.h*', '/var/log/.hidden'],
    ['echo /var/log/?pi.log', '/var/log/api.log'],
    ['echo /var/log/[ad]*.log', '/var/log/api.log /var/log/db.log'],
    ['echo /var/log/[^a]*.log', '/var/log/db.log'],
    // As in interactive bash, `!` in a bracket is history expansion first.
    ['echo /var/log/[!a]*.log', 'bash: !a]*.log: event not found'],
    ['echo /var/*/*/access.log', '/var/log/nginx/access.log'],
    ['echo /srv/*/x.txt', '/srv/a b/x.txt'],
    ['cd /var/log && echo *.log', 'api.log db.log'],
    ['cd /var && echo log/n*', 'log/nginx'],
    ['echo /nope/*', '/nope/*'],
    ['echo /var/log/*.gz', '/var/log/*.gz'],
    ['echo "/var/log/*"', '/var/log/*'],
    ["echo '/var/log/*'", '/var/log/*'],
    ['echo /var/log/\\*', '/var/log/*'],
    ['echo "/var/log/"*.log', '/var/log/api.log /var/log/db.log'],
    ['P=/var/log/a*; echo $P', '/var/log/api.log'],
    ['P=/var/log/a*; echo "$P"', '/var/log/a*'],
    ['echo [', '['],
  ])('%j → %j', (line, output) => {
    const { session, context } = testSession(FILES);
    expect(session.run(line, context).output).toBe(output);
  });
});
