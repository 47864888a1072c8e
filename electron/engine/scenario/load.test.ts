import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { formatProblem, loadScenario, SCENARIO_FILE } from './load';

/** A small valid scenario document; each broken variant below changes one thing in a fresh copy. */
function validDoc() {
  return {
    title: 'Checkout errors after a deploy',
    summary: 'A release breaks payments.',
    start: '2026-03-13T10:00:00Z',
    duration: '15m',
    seed: 42,
    world: {
      hosts: [{ name: 'node-a', cpus: 8, memory_gb: 32 }, { name: 'db-1', cpus: 8, memory_gb: 32 }],
      services: [
        { name: 'checkout', namespace: 'shop', replicas: 3, version: 'v1', traffic: { rps: 100 }, calls: [{ service: 'payments' }, { datastore: 'orders-db' }] },
        { name: 'payments', namespace: 'shop', replicas: 2, version: 'v5' },
      ],
      datastores: [{ name: 'orders-db', host: 'db-1' }],
    },
    faults: [{ id: 'bad-deploy', kind: 'bad-deploy', target: 'checkout', trigger: { at: '2m' }, params: { version: 'v2', error_ratio: 0.3 } }],
    alerts: [{ name: 'HighErrors', service: 'checkout', signal: 'error_ratio', op: '>', threshold: 0.05, severity: 'page', summary: 'errors' }],
    rubric: [
      { id: 'ack', category: 'detect', points: 10, when: { event: 'alert.acknowledge', after: 'alert.fired', within: '5m' }, feedback: { met: 'y', missed: 'n' } },
      { id: 'undo', category: 'mitigate', points: 20, when: { event: 'terminal.exec', match: '^kubectl rollout undo' }, feedback: { met: 'y', missed: 'n' } },
    ],
  };
}

function load(text: string | undefined, id = 'checkout-bad-deploy') {
  return loadScenario(id, 'v-test', new Map(text === undefined ? [] : [[SCENARIO_FILE, text]]));
}

/** Marks a field to delete in `variant`. */
const REMOVE = Symbol('remove');

/** The valid document as YAML, with each dotted path set to a value (or removed). */
function variant(...edits: [path: string, value: unknown][]): string {
  const doc: unknown = validDoc();
  for (const [path, value] of edits) {
    const keys = path.split('.');
    const parent = keys.slice(0, -1).reduce((node, key) => (node as Record<string, unknown>)[key], doc) as Record<string, unknown>;
    if (value === REMOVE) delete parent[keys.at(-1)!];
    else parent[keys.at(-1)!] = value;
  }
  return stringify(doc);
}

type Case = { name: string; text: string | undefined; id?: string; file?: string; path: string | RegExp; reason: RegExp };

const broken: Case[] = [
  { name: 'YAML syntax error', text: 'title: ok\nsummary: b: c\nseed: 1\n', path: /^line 2, column \d+$/, reason: /^YAML syntax: / },
  { name: 'duplicate YAML key', text: 'title: a\nsummary: b\ntitle: c\n', path: /^line 3, column \d+$/, reason: /^YAML syntax: .*unique/ },
  { name: 'empty file', text: '', path: '(root)', reason: /expected object/ },
  { name: 'missing title', text: variant(['title', REMOVE]), path: 'title', reason: /expected string/ },
  { name: 'unknown top-level field', text: variant(['owner', 'me']), path: '(root)', reason: /"owner"/ },
  { name: 'wrong type', text: variant(['world.services.0.replicas', 'three']), path: 'world.services.0.replicas', reason: /expected number/ },
  { name: 'too many replicas', text: variant(['world.services.0.replicas', 51]), path: 'world.services.0.replicas', reason: /50/ },
  { name: 'negative rate', text: variant(['world.services.0.traffic.rps', -5]), path: 'world.services.0.traffic.rps', reason: /greater than 0/ },
  { name: 'bad duration', text: variant(['duration', '15 minutes']), path: 'duration', reason: /not a duration/ },
  { name: 'bad fault time', text: variant(['faults.0.trigger.at', '2min']), path: 'faults.0.trigger.at', reason: /not a duration/ },
  { name: 'bad start timestamp', text: variant(['start', 'yesterday']), path: 'start', reason: /ISO 8601/ },
  { name: 'fault on an unknown service', text: variant(['faults.0.target', 'search']), path: 'faults.0.target', reason: /no service named "search"/ },
  { name: 'unknown fault kind', text: variant(['faults.0.kind', 'meteor-strike']), path: 'faults.0.kind', reason: /unknown fault kind "meteor-strike"/ },
  { name: 'bad fault parameter', text: variant(['faults.0.params.error_ratio', 3]), path: 'faults.0.params.error_ratio', reason: /1/ },
  { name: 'fault after an unknown fault', text: variant(['faults.0.trigger', { after: 'nothing' }]), path: 'faults.0.trigger.after', reason: /no fault with id "nothing"/ },
  { name: 'clearer that is not an operation', text: variant(['faults.0.cleared_by', [{ operation: 'pray' }]]), path: 'faults.0.cleared_by.0.operation', reason: /unknown operation "pray"/ },
  { name: 'lag on a datastore without a replica', text: variant(['faults.0', { id: 'lag', kind: 'replication-lag', target: 'orders-db', trigger: { at: '1m' } }]), path: 'faults.0.params.rate', reason: /no replica_host/ },
  { name: 'pool fault on a datastore the service does not call', text: variant(['faults.0', { id: 'pool', kind: 'pool-exhaustion', target: 'payments', trigger: { at: '1m' } }]), path: 'faults.0.params.datastore', reason: /calls no datastore/ },
  { name: 'call to an unknown service', text: variant(['world.services.0.calls.0.service', 'ledger']), path: 'world.services.0.calls.0.service', reason: /no service named "ledger"/ },
  { name: 'datastore on an unknown host', text: variant(['world.datastores.0.host', 'db-9']), path: 'world.datastores.0.host', reason: /no host named "db-9"/ },
  { name: 'cycle in dependencies', text: variant(['world.services.1.calls', [{ service: 'checkout' }]]), path: 'world.services', reason: /dependency cycle: checkout -> payments -> checkout/ },
  { name: 'disk fuller than its size', text: variant(['world.hosts.0.disks', [{ mount: '/', size_gb: 10, used_gb: 20 }]]), path: 'world.hosts.0.disks.0.used_gb', reason: /more used/ },
  { name: 'alert naming an unknown service', text: variant(['alerts.0.service', 'search']), path: 'alerts.0.service', reason: /no service named "search"/ },
  { name: 'duplicate rubric ids', text: variant(['rubric.1.id', 'ack']), path: 'rubric.1.id', reason: /duplicate id "ack"/ },
  { name: 'duplicate service names', text: variant(['world.services.2', { name: 'payments' }]), path: 'world.services.2.name', reason: /duplicate name "payments"/ },
  { name: 'bad regex in rubric match', text: variant(['rubric.1.when.match', '([a-z']), path: 'rubric.1.when.match', reason: /not a valid regular expression/ },
  { name: '"within" without "after"', text: variant(['rubric.0.when.after', REMOVE]), path: 'rubric.0.when.within', reason: /"within" needs an "after"/ },
  { name: 'zero points', text: variant(['rubric.0.points', 0]), path: 'rubric.0.points', reason: /must not be zero/ },
  // The rubric language (scenarios/AUTHORING.md, ### rubric): each form's fields, then criteria that can never be met.
  { name: 'unknown event type in a criterion', text: variant(['rubric.1.when.event', 'terminal.run']), path: 'rubric.1.when', reason: /^event: unknown event type "terminal.run" \(known: terminal.exec, / },
  { name: 'unknown event type in a list', text: variant(['rubric.1.when.event', ['terminal.exec', 'pager.ack']]), path: 'rubric.1.when', reason: /^event: item 1: unknown event type "pager.ack"/ },
  { name: 'unknown anchor name', text: variant(['rubric.0.when.after', 'alert.raised']), path: 'rubric.0.when', reason: /^after: unknown anchor "alert.raised" \(known: drill.start, / },
  { name: 'unknown event type in an ordering anchor', text: variant(['rubric.1.when.after', { event: 'dashboard.view' }]), path: 'rubric.1.when', reason: /^after: event: unknown event type "dashboard.view"/ },
  { name: 'bad regex in an ordering anchor', text: variant(['rubric.1.when.after', { event: 'terminal.exec', match: '[' }]), path: 'rubric.1.when.after.match', reason: /not a valid regular expression/ },
  { name: 'two forms in one condition', text: variant(['rubric.1.when.promql', 'up']), path: 'rubric.1.when', reason: /one form only; this one has "event" and "promql"/ },
  { name: 'no form at all', text: variant(['rubric.1.when', { match: 'x' }]), path: 'rubric.1.when', reason: /needs one of "event", "promql", "text" or "check"/ },
  { name: 'count below one', text: variant(['rubric.1.when.count', 0]), path: 'rubric.1.when.count', reason: /at least 1/ },
  { name: 'PromQL that does not parse', text: variant(['rubric.1.when', { promql: 'sum(rate(http_requests_total[1m])' }]), path: 'rubric.1.when.promql', reason: /^PromQL does not parse: / },
  { name: 'PromQL that is not an instant vector', text: variant(['rubric.1.when', { promql: 'http_requests_total[5m]' }]), path: 'rubric.1.when.promql', reason: /instant vector \(this returns a range vector\)/ },
  { name: 'world condition with a bad "for"', text: variant(['rubric.1.when', { promql: 'up == 1', for: 'five minutes' }]), path: 'rubric.1.when.for', reason: /not a duration/ },
  { name: 'world condition longer than the drill', text: variant(['rubric.1.when', { promql: 'up == 1', for: '20m' }]), path: 'rubric.1.when.for', reason: /longer than the drill \(15m\)/ },
  { name: 'text condition with neither require nor forbid', text: variant(['rubric.1.when', { text: { event: 'incident.update' } }]), path: 'rubric.1.when.text', reason: /needs "require" or "forbid"/ },
  { name: 'text condition with an empty synonym group', text: variant(['rubric.1.when', { text: { event: 'incident.update', require: [['impact'], []] } }]), path: 'rubric.1.when.text.require.1', reason: /at least one word/ },
  { name: 'text condition with a blank phrase', text: variant(['rubric.1.when', { text: { event: 'chat.post', forbid: ['  '] } }]), path: 'rubric.1.when.text.forbid.0', reason: /must not be empty/ },
  { name: 'text condition with a bad field path', text: variant(['rubric.1.when', { text: { event: 'incident.update', field: 'update..impact', require: [['users']] } }]), path: 'rubric.1.when.text.field', reason: /dotted payload path/ },
  { name: 'text condition "within" without "after"', text: variant(['rubric.1.when', { text: { event: 'incident.update', require: [['users']] }, within: '5m' }]), path: 'rubric.1.when.within', reason: /"within" needs an "after"/ },
  { name: 'unknown communication check', text: variant(['rubric.1.when', { check: 'initial-update' }]), path: 'rubric.1.when.check', reason: /unknown check "initial-update" \(known: initial-report, update-cadence/ },
  { name: 'communication check with a bad param', text: variant(['rubric.1.when', { check: 'initial-report', params: { within: 'soon' } }]), path: 'rubric.1.when.params', reason: /within/ },
  { name: 'communication check with an unknown param', text: variant(['rubric.1.when', { check: 'resolution-message', params: { quickly: true } }]), path: 'rubric.1.when.params', reason: /quickly/ },
  { name: 'severity check with no severity to compare', text: variant(['rubric.1.when', { check: 'severity-matches' }]), path: 'rubric.1.when.check', reason: /set incident.severity/ },
  { name: 'anchor after a fault that never clears', text: variant(['faults.0', { id: 'down', kind: 'dependency-down', target: 'payments', trigger: { at: '1m' } }], ['rubric.1.when.after', 'fault.cleared']), path: 'rubric.1.when.after', reason: /"fault.cleared" never happens: fault "down" cannot clear/ },
  { name: '"fault.started" with no incident fault', text: variant(['faults.0.red_herring', true], ['rubric.0.when.after', 'fault.started']), path: 'rubric.0.when.after', reason: /"fault.started" never happens: the scenario has no incident fault/ },
  { name: '"before" an anchor that precedes "after"', text: variant(['rubric.1.when.after', 'fault.cleared'], ['rubric.1.when.before', 'fault.started']), path: 'rubric.1.when.before', reason: /"fault.started" always comes before "fault.cleared"/ },
  { name: '"before" the same moment as "after"', text: variant(['rubric.1.when.after', { event: 'incident.declare' }], ['rubric.1.when.before', { event: 'incident.declare' }]), path: 'rubric.1.when.before', reason: /same moment/ },
  { name: '"before" drill.start', text: variant(['rubric.1.when.before', 'drill.start']), path: 'rubric.1.when.before', reason: /nothing the learner does comes before "drill.start"/ },
  { name: 'a count larger than the drill can log', text: variant(['rubric.1.when', { event: 'incident.resolve', count: 2 }]), path: 'rubric.1.when.count', reason: /logged at most once, so 2 can never be reached/ },
  { name: 'bad folder name', text: stringify(validDoc()), id: 'Checkout_Bad', file: '.', path: '(folder)', reason: /not a valid scenario id/ },
  { name: 'missing scenario.yaml', text: undefined, path: '(file)', reason: /missing/ },
  // The incident's people: scripts speak as someone on the roster, ids are unique, components are real services.
  { name: 'script from nobody', text: variant(['incident', { script: [{ id: 'vp-asks', from: 'ceo', when: { at: '5m' }, text: 'Status?' }] }]), path: 'incident.script.0.from', reason: /no teammate or stakeholder with id "ceo" \(known: priya, marco, lee, support-lead, product-owner, vp\)/ },
  { name: 'duplicate script id', text: variant(['incident', { script: [{ id: 'a', from: 'vp', when: { at: '5m' }, text: 'x' }, { id: 'a', from: 'vp', when: { at: '6m' }, text: 'y' }] }]), path: 'incident.script.1.id', reason: /duplicate id "a"/ },
  { name: 'follow-up on a statement', text: variant(['incident', { script: [{ id: 'a', from: 'vp', when: { at: '5m' }, text: 'x', follow_up: { after: '2m', text: 'y' } }] }]), path: 'incident.script.0.follow_up', reason: /only a question/ },
  { name: 'unknown anchor', text: variant(['incident', { script: [{ id: 'a', from: 'vp', when: { after: 'fault.started' }, text: 'x' }] }]), path: /^incident\.script\.0\.when/, reason: /.+/ },
  { name: 'stakeholder id of a teammate', text: variant(['incident', { stakeholders: [{ id: 'priya', name: 'P', title: 'T', kind: 'support' }] }]), path: 'incident.stakeholders.0.id', reason: /already a teammate/ },
  { name: 'component of no service', text: variant(['incident', { components: [{ name: 'Shop', services: ['shop'] }] }]), path: 'incident.components.0.services.0', reason: /no service named "shop"/ },
  { name: 'unknown severity', text: variant(['incident', { severity: 'SEV0' }]), path: 'incident.severity', reason: /.+/ },
  { name: 'bad cadence', text: variant(['incident', { cadence: { SEV1: '5 min', SEV2: '20m', SEV3: '30m', SEV4: '1h', SEV5: null } }]), path: 'incident.cadence.SEV1', reason: /not a duration/ },
];

describe('loadScenario: broken folders', () => {
  it.each(broken)('$name', ({ text, id, file, path, reason }) => {
    const result = load(text, id);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toHaveLength(1);
    const [problem] = result.problems;
    expect(problem!.file).toBe(file ?? SCENARIO_FILE);
    if (typeof path === 'string') expect(problem!.path).toBe(path);
    else expect(problem!.path).toMatch(path);
    expect(problem!.reason).toMatch(reason);
  });

  it('reports every problem in the document, not only the first', () => {
    const result = load(
      variant(['duration', 'soon'], ['rubric.1.when.match', '(']),
    );
    expect(result.ok ? [] : result.problems.map((p) => p.path)).toEqual(['duration', 'rubric.1.when.match']);
  });
});

describe('loadScenario: valid folders', () => {
  it('accepts the document and applies defaults', () => {
    const result = load(variant(['world.services.0.namespace', REMOVE], ['alerts', REMOVE]));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.scenario.id).toBe('checkout-bad-deploy');
    expect(result.scenario.version).toBe('v-test');
    expect(result.scenario.doc.world.services[0]!.namespace).toBe('default');
    expect(result.scenario.doc.scrape_interval).toBe('15s');
    expect(result.scenario.doc.history).toBe('24h');
    expect(result.scenario.doc.alerts).toEqual([]);
  });

  it('defaults an alert\'s "for" to 0s', () => {
    const result = load(stringify(validDoc()));
    expect(result.ok && result.scenario.doc.alerts[0]!.for).toBe('0s');
  });
});

describe('formatProblem', () => {
  it('prints file:path: reason, with the folder as the file for folder problems', () => {
    expect(formatProblem('scenarios/x', { file: 'scenario.yaml', path: 'faults.0.service', reason: 'no service named "p"' })).toBe(
      'scenarios/x/scenario.yaml:faults.0.service: no service named "p"',
    );
    expect(formatProblem('scenarios/X', { file: '.', path: '(folder)', reason: 'bad name' })).toBe('scenarios/X:(folder): bad name');
  });
});

describe('loadScenario: rules.yml', () => {
  const withRules = (rules: string) => loadScenario('checkout-bad-deploy', 'v-test', new Map([[SCENARIO_FILE, stringify(validDoc())], ['rules.yml', rules]]));

  it('parses a valid rule file into the scenario', () => {
    const result = withRules('groups:\n  - name: g\n    rules:\n      - alert: Up\n        expr: up == 0\n');
    expect(result.ok && result.scenario.ruleGroups?.map((g) => g.name)).toEqual(['g']);
  });

  it('reports a rule with bad PromQL with the file, its line and the rule, and refuses the folder', () => {
    const result = withRules('groups:\n  - name: g\n    rules:\n      - alert: Broken\n        expr: sum(up\n');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]!.file).toBe('rules.yml');
    expect(result.problems[0]!.path).toMatch(/^line \d+ \(rule Broken\)$/);
    expect(result.problems[0]!.reason).toMatch(/parse error/);
  });
});

describe('loadScenario: dashboards/', () => {
  const withDashboards = (entries: [string, string][]) =>
    loadScenario('checkout-bad-deploy', 'v-test', new Map([[SCENARIO_FILE, stringify(validDoc())], ...entries]));
  const board = { uid: 'overview', title: 'Overview', schemaVersion: 39, panels: [] };

  it('carries the dashboards in file order, and none as an empty list', () => {
    const none = withDashboards([]);
    expect(none.ok && none.scenario.dashboards).toEqual([]);
    const result = withDashboards([['dashboards/z.json', JSON.stringify({ ...board, uid: 'z' })], ['dashboards/a.json', JSON.stringify(board)]]);
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.scenario.dashboards?.map((d) => [d.file, d.dashboard.uid])).toEqual([['dashboards/a.json', 'overview'], ['dashboards/z.json', 'z']]);
  });

  it('puts the home dashboard first, and refuses a home_dashboard no file has', () => {
    const files = (home: string) =>
      new Map([
        [SCENARIO_FILE, stringify({ ...validDoc(), home_dashboard: home })],
        ['dashboards/a.json', JSON.stringify(board)],
        ['dashboards/z.json', JSON.stringify({ ...board, uid: 'z' })],
      ]);
    const result = loadScenario('checkout-bad-deploy', 'v-test', files('z'));
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.scenario.dashboards?.map((d) => d.dashboard.uid)).toEqual(['z', 'overview']);
    const missing = loadScenario('checkout-bad-deploy', 'v-test', files('nope'));
    expect(missing.ok).toBe(false);
    if (!missing.ok) expect(missing.problems).toEqual([expect.objectContaining({ file: SCENARIO_FILE, path: 'home_dashboard' })]);
  });

  it('fails the scenario on a broken dashboard file, naming it', () => {
    const result = withDashboards([['dashboards/a.json', '{"uid": ']]);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems).toEqual([expect.objectContaining({ file: 'dashboards/a.json', path: 'line 1, column 9' })]);
  });
});
