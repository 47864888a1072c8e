import { describe, expect, it } from 'vitest';
import { parseAlertmanagerConfig } from './config';
import { groupLabels, matchRoutes } from './route';

function config(yaml: string) {
  const r = parseAlertmanagerConfig(yaml);
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.config;
}

const tree = config(`
route:
  receiver: root
  group_by: [alertname]
  routes:
    - matchers: [team="db"]
      receiver: db
      continue: true
      routes:
        - matchers: ['severity="critical"']
          receiver: db-pager
    - matchers: ['service=~"mysql|cassandra"']
      receiver: storage
    - matchers: [team="db"]
      receiver: db-audit
    - match_re: { service: "web.*" }
      receiver: web
      group_by: ['...']
receivers: [{ name: root }, { name: db }, { name: db-pager }, { name: storage }, { name: db-audit }, { name: web }]
`);

const receivers = (labels: Record<string, string>) => matchRoutes(tree.route, labels).map((r) => r.receiver);

describe('matchRoutes', () => {
  it('falls back to the root when no child matches', () => {
    expect(receivers({ alertname: 'X' })).toEqual(['root']);
  });

  it('goes depth-first and a matching node with no matching child takes the alert', () => {
    expect(receivers({ team: 'db', severity: 'critical' })).toEqual(['db-pager', 'db-audit']);
    expect(receivers({ team: 'db', severity: 'warning' })).toEqual(['db', 'db-audit']);
  });

  it('continue lets later siblings match; the first match without continue stops the search', () => {
    // db (continue) → storage matches and stops, so db-audit is never reached.
    expect(receivers({ team: 'db', service: 'mysql' })).toEqual(['db', 'storage']);
  });

  it('regex matchers are anchored', () => {
    expect(receivers({ service: 'mysql-replica' })).toEqual(['root']);
    expect(receivers({ service: 'webfront' })).toEqual(['web']);
    expect(receivers({ service: 'my-webfront' })).toEqual(['root']);
  });

  it('groups by the route group_by, inherited or `...`', () => {
    const [db] = matchRoutes(tree.route, { alertname: 'A', team: 'db', instance: 'i' });
    expect(groupLabels(db!, { alertname: 'A', team: 'db', instance: 'i' })).toEqual({ alertname: 'A' });
    const [web] = matchRoutes(tree.route, { alertname: 'A', service: 'web' });
    expect(groupLabels(web!, { alertname: 'A', service: 'web' })).toEqual({ alertname: 'A', service: 'web' });
  });
});
