import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCommand, testCommandContext } from '../../../../testing/command-context';
import { memoryFs } from '../../../../testing/memory-fs';
import { promtool } from './promtool';

/** Rule files and what promtool 2.42 prints for them (checked against /usr/bin/promtool when installed). */
const FILES: Record<string, string> = {
  'good.yml': `groups:
  - name: api
    rules:
      - record: job:up:sum
        expr: sum(up)
      - alert: HighErrors
        expr: rate(http_requests_total{status=~"5.."}[5m]) > 0.1
        for: 5m
        labels:
          severity: page
        annotations:
          summary: "{{ $labels.service }} errors"
`,
  'empty.yml': '',
  'bad-duration.yml': `groups:
  - name: api
    rules:
      - alert: HighErrors
        expr: up == 0
        for: 5x
`,
  'unknown-fields.yml': `groups:
  - name: api
    foo: 1
    rules:
      - alert: X
        expr: up
        bar: 2
        severity: page
`,
  'types.yml': `groups:
  - name: a
    limit: foo
    query_offset: 1m
    rules:
      - alert: X
        expr: up
        labels: [a]
`,
  'not-a-list.yml': `foo: 1
groups: 3
`,
  'rules-not-a-list.yml': `groups:
  - name: api
    interval: 1m
    rules: 5
`,
  'semantic.yml': `groups:
  - name: api
    rules:
      - record: job:up:sum
        expr: sum(up
      - alert: ""
        expr: ""
      - record: "bad name"
        expr: up
        labels:
          "bad-label": x
      - record: a
        expr: up
        for: 5m
  - name: api
    rules: []
`,
  'record-and-alert.yml': `groups:
- name: ""
  rules:
  - alert: A
    record: B
    expr: up
`,
  'templates.yml': `groups:
  - name: a
    rules:
      - alert: X
        expr: up
        labels:
          sev: "{{ $value | nosuchfunc }}"
        annotations:
          b: "{{ $labels.x }}"
          a: "{{ $labels.service "
`,
  'duplicates.yml': `groups:
  - name: api
    rules:
      - record: a
        expr: sum(up)
      - record: a
        expr: sum(up)
      - alert: B
        expr: up == 0
        labels:
          severity: page
      - alert: B
        expr: up == 1
        labels:
          severity: page
`,
};

const CASES: { name: string; args: string[]; stdout: string; stderr: string; exitCode: number }[] = [
  { name: 'a valid file', args: ['good.yml'], stdout: 'Checking good.yml\n  SUCCESS: 2 rules found\n\n', stderr: '', exitCode: 0 },
  { name: 'an empty file', args: ['empty.yml'], stdout: 'Checking empty.yml\n  SUCCESS: 0 rules found\n\n', stderr: '', exitCode: 0 },
  { name: 'a bad duration ends the decode', args: ['bad-duration.yml'], stdout: 'Checking bad-duration.yml\n\n', stderr: '  FAILED:\nbad-duration.yml: not a valid duration string: "5x"\n', exitCode: 1 },
  {
    name: 'unknown fields',
    args: ['unknown-fields.yml'],
    stdout: 'Checking unknown-fields.yml\n\n',
    stderr: '  FAILED:\nunknown-fields.yml: yaml: unmarshal errors:\n  line 3: field foo not found in type rulefmt.RuleGroup\n  line 7: field bar not found in type rulefmt.RuleNode\n  line 8: field severity not found in type rulefmt.RuleNode\n',
    exitCode: 1,
  },
  {
    name: 'type mismatches and 3.x fields, in line order',
    args: ['types.yml'],
    stdout: 'Checking types.yml\n\n',
    stderr: '  FAILED:\ntypes.yml: yaml: unmarshal errors:\n  line 3: cannot unmarshal !!str `foo` into int\n  line 4: field query_offset not found in type rulefmt.RuleGroup\n  line 8: cannot unmarshal !!seq into map[string]string\n',
    exitCode: 1,
  },
  {
    name: 'groups that is not a list fails both decodes',
    args: ['not-a-list.yml'],
    stdout: 'Checking not-a-list.yml\n\n',
    stderr: '  FAILED:\nnot-a-list.yml: yaml: unmarshal errors:\n  line 1: field foo not found in type rulefmt.RuleGroups\n  line 2: cannot unmarshal !!int `3` into []rulefmt.RuleGroup\nnot-a-list.yml: yaml: unmarshal errors:\n  line 2: cannot unmarshal !!int `3` into []yaml.Node\n',
    exitCode: 1,
  },
  {
    name: 'rules that is not a list',
    args: ['rules-not-a-list.yml'],
    stdout: 'Checking rules-not-a-list.yml\n\n',
    stderr: '  FAILED:\nrules-not-a-list.yml: yaml: unmarshal errors:\n  line 4: cannot unmarshal !!int `5` into []rulefmt.RuleNode\n',
    exitCode: 1,
  },
  {
    name: 'validation problems with their positions',
    args: ['semantic.yml'],
    stdout: 'Checking semantic.yml\n\n',
    stderr: [
      '  FAILED:',
      'semantic.yml: 5:15: group "api", rule 1, "job:up:sum": could not parse expression: 1:7: parse error: unclosed left parenthesis',
      `semantic.yml: 0:0: group "api", rule 2, "": one of 'record' or 'alert' must be set`,
      `semantic.yml: 7:15: group "api", rule 2, "": field 'expr' must be set in rule`,
      'semantic.yml: 8:17: group "api", rule 3, "bad name": invalid recording rule name: bad name',
      'semantic.yml: group "api", rule 3, "bad name": invalid label name: bad-label',
      `semantic.yml: 12:17: group "api", rule 4, "a": invalid field 'for' in recording rule`,
      'semantic.yml: 15:5: groupname: "api" is repeated in the same file',
      '',
    ].join('\n'),
    exitCode: 1,
  },
  {
    name: 'both record and alert, and an empty group name',
    args: ['record-and-alert.yml'],
    stdout: 'Checking record-and-alert.yml\n\n',
    stderr: `  FAILED:\nrecord-and-alert.yml: 2:3: Groupname must not be empty\nrecord-and-alert.yml: 5:13: 4:12: group "", rule 1, "A": only one of 'record' and 'alert' must be set\n`,
    exitCode: 1,
  },
  {
    name: 'template errors in labels and annotations',
    args: ['templates.yml'],
    stdout: 'Checking templates.yml\n\n',
    stderr: '  FAILED:\ntemplates.yml: group "a", rule 1, "X": label "sev": template: __alert_X:1: function "nosuchfunc" not defined\ntemplates.yml: group "a", rule 1, "X": annotation "a": template: __alert_X:1: unclosed action\n',
    exitCode: 1,
  },
  {
    name: 'duplicate rules are a lint warning (exit 0)',
    args: ['duplicates.yml'],
    stdout: 'Checking duplicates.yml\n\n',
    stderr: '  FAILED:\nlint error 2 duplicate rule(s) found.\nMetric: B\nLabel(s):\n\tseverity: page\nMetric: a\nLabel(s):\nMight cause inconsistency while recording expressions\n',
    exitCode: 0,
  },
  { name: 'several files, one failing', args: ['good.yml', 'bad-duration.yml'], stdout: 'Checking good.yml\n  SUCCESS: 2 rules found\n\nChecking bad-duration.yml\n\n', stderr: '  FAILED:\nbad-duration.yml: not a valid duration string: "5x"\n', exitCode: 1 },
  { name: 'a missing file', args: ['missing.yml'], stdout: '', stderr: "promtool: error: path 'missing.yml' does not exist, try --help\n", exitCode: 1 },
  { name: 'no file', args: [], stdout: '', stderr: "promtool: error: required argument 'rule-files' not provided, try --help\n", exitCode: 1 },
];

const fs = () => memoryFs(Object.fromEntries(Object.entries(FILES).map(([name, text]) => [`/etc/prometheus/${name}`, text])));

describe('promtool check rules', () => {
  const context = testCommandContext();
  it.each(CASES)('$name', ({ args, stdout, stderr, exitCode }) => {
    const result = runCommand(promtool, ['check', 'rules', ...args], context, { fs: fs(), cwd: '/etc/prometheus' });
    expect(result).toEqual({ stdout, stderr, exitCode });
  });

  it('reports a YAML syntax error twice, as both decodes fail', () => {
    const result = runCommand(promtool, ['check', 'rules', 'broken.yml'], context, { fs: memoryFs({ '/tmp/broken.yml': 'groups:\n  - name: api\n   rules: [\n' }), cwd: '/tmp' });
    expect(result.exitCode).toBe(1);
    const lines = result.stderr.split('\n');
    expect(lines[0]).toBe('  FAILED:');
    expect(lines[1]).toMatch(/^broken\.yml: yaml: line \d+: /);
    expect(lines[2]).toBe(lines[1]);
  });

  it('refuses other commands as kingpin does', () => {
    expect(runCommand(promtool, ['test', 'rules', 'x.yml'], context).stderr).toBe('promtool: error: expected command but got "test", try --help\n');
  });

  const real = '/usr/bin/promtool';
  const probe = existsSync(real) ? spawnSync(real, ['--version'], { encoding: 'utf8' }) : undefined;
  const version = probe ? probe.stdout + probe.stderr : '';
  const skipReason = probe === undefined ? ` (skipped: ${real} is not installed)` : version.includes('version 2.42') ? '' : ' (skipped: the installed promtool is not 2.42)';
  it.skipIf(skipReason !== '')(`matches /usr/bin/promtool 2.42 on every case${skipReason}`, () => {
    const dir = mkdtempSync(join(tmpdir(), 'promtool-'));
    for (const [name, text] of Object.entries(FILES)) writeFileSync(join(dir, name), text);
    for (const { args, stdout, stderr, exitCode } of CASES) {
      const got = spawnSync(real, ['check', 'rules', ...args], { cwd: dir, encoding: 'utf8' });
      expect({ args, stdout: got.stdout, stderr: got.stderr, exitCode: got.status }).toEqual({ args, stdout, stderr, exitCode });
    }
    expect(execFileSync(real, ['check', 'rules', 'good.yml'], { cwd: dir, encoding: 'utf8' })).toBe(CASES[0]!.stdout);
  });
});
