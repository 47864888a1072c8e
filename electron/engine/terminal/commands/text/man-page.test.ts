import { describe, expect, it } from 'vitest';
import type { Command } from '../../types';
import { createHelp } from '../help';
import { TEXT_COMMANDS, createMan, createXargs } from './index';
import { context, run } from './table-cases';

const kubectl: Command = { name: 'kubectl', summary: 'inspect Kubernetes workloads', usage: 'kubectl get pods', run: () => ({ stdout: '', stderr: '', exitCode: 0 }) };
const deploy: Command = { ...kubectl, name: 'deploy', summary: 'deploy tool' };
const list: Command[] = [];
list.push(createHelp(() => list), createMan(() => list), kubectl, deploy, ...TEXT_COMMANDS, createXargs(() => list));

describe('help', () => {
  it('lists every command of the table once, under its group', () => {
    const out = run(list[0]!, []).stdout;
    for (const command of list) expect(out.match(new RegExp(`^ {2}${command.name} +`, 'gm'))).toHaveLength(1);
    const sections = out.split('\n').filter((l) => /^[a-z]+:$/.test(l));
    expect(sections).toEqual(['shell:', 'kubernetes:', 'text:', 'tools:']);
    expect(out).toMatch(/^kubernetes:\n {2}kubectl +inspect Kubernetes workloads$/m);
    expect(out).toMatch(/^tools:\n {2}deploy +deploy tool$/m);
  });
});

describe('man', () => {
  const man = list[1]!;

  it('lays a page out as man does: header, NAME, SYNOPSIS, DESCRIPTION, OPTIONS, footer', () => {
    const page = run(man, ['head']).stdout;
    const lines = page.split('\n');
    expect(lines[0]).toMatch(/^HEAD\(1\) {20,}User Commands {20,}HEAD\(1\)$/);
    expect(lines[0]).toHaveLength(80);
    expect(page).toContain('\nNAME\n       head - output the first part of files\n\nSYNOPSIS\n       head [OPTION]... [FILE]...\n\nDESCRIPTION\n       Print the first 10 lines of each FILE');
    expect(page).toContain('\nOPTIONS\n       -c, --bytes=[-]NUM\n              print the first NUM bytes of each file;');
    expect(page).toContain('\n\n       -n, --lines=[-]NUM\n');
    expect(lines.every((l) => l.length <= 80)).toBe(true);
    expect(page.endsWith('HEAD(1)\n')).toBe(true);
  });

  it('has a page for every text command, each with NAME and SYNOPSIS', () => {
    for (const command of TEXT_COMMANDS) {
      const result = run(man, [command.name]);
      expect(result.exitCode).toBe(0);
      expect(result.stdout).toMatch(/\nNAME\n {7}\S+ - .+\n\nSYNOPSIS\n/);
      expect(command.man, command.name).toBeTruthy();
    }
  });

  it('builds a page from summary and usage when a command has no man text', () => {
    expect(run(man, ['kubectl']).stdout).toContain('NAME\n       kubectl - inspect Kubernetes workloads\n\nSYNOPSIS\n       kubectl get pods\n\nFiredrill');
  });

  it('accepts a section number before the page', () => {
    expect(run(man, ['1', 'grep']).stdout).toMatch(/^GREP\(1\)/);
  });

  it.each([
    [['nosuch'], { stdout: '', stderr: 'No manual entry for nosuch\n', exitCode: 16 }],
    [[], { stdout: '', stderr: "What manual page do you want?\nFor example, try 'man man'.\n", exitCode: 1 }],
  ])('man %j', (args, expected) => {
    expect(run(man, args)).toEqual(expected);
  });

  it('completes page names from the table', () => {
    expect(man.complete!(['man'], 'he', context())).toEqual(['help', 'head']);
  });
});
