import { describe, expect, it } from 'vitest';
import { Drill } from '../drill';
import { scenarioSchema } from '../scenario/schema';
import { testScenario, testScenarioDocument } from '../testing/scenarios';

const terminal = {
  files: [
    { host: 'bastion', path: '/home/oncall/HANDOVER.md', content: 'Payments were flaky last night; see the runbook.\n' },
    { host: '*', path: '/etc/motd', content: 'Authorised use only.\n' },
  ],
  commands: [
    {
      name: 'vault',
      summary: 'HashiCorp Vault CLI',
      usage: 'vault status',
      responses: [{ args: 'status', output: 'Sealed          false\nVersion         1.15.2\n' }],
      default: { output: 'Usage: vault <command> [args]\n', exit_code: 127 },
    },
  ],
};

function run(drill: Drill, line: string) {
  return drill.apply({ type: 'terminal.exec', command: line });
}

describe('a scenario adds terminal files and commands by data', () => {
  it('places its files on the named host (or every host) and answers its commands from their table', () => {
    const drill = new Drill(testScenario({ terminal }), 1);
    expect(run(drill, 'cat ~/HANDOVER.md')).toMatchObject({ output: 'Payments were flaky last night; see the runbook.', exitCode: 0 });
    expect(run(drill, 'vault status')).toMatchObject({ output: 'Sealed          false\nVersion         1.15.2', exitCode: 0 });
    expect(run(drill, 'vault kv get secret/x')).toMatchObject({ output: 'Usage: vault <command> [args]', exitCode: 127 });
    expect(run(drill, 'vault status | grep -c Sealed')).toMatchObject({ output: '1', exitCode: 0 });
  });

  it('validation refuses a command that would shadow a built-in one and a file on an unknown host', () => {
    const doc = {
      ...testScenarioDocument(),
      terminal: {
        files: [{ host: 'nowhere', path: '/x', content: '' }],
        commands: [{ name: 'kubectl', summary: 's', usage: 'u', default: { output: '' } }],
      },
    };
    const parsed = scenarioSchema.safeParse(doc);
    expect(parsed.success).toBe(false);
    const messages = parsed.error!.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    expect(messages).toContain('terminal.files.0.host: no host named "nowhere" (the bastion, a world host, or * for all)');
    expect(messages).toContain('terminal.commands.0.name: "kubectl" is a built-in command; a scenario may only add new ones');
  });
});
