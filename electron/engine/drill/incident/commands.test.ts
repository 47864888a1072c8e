import { describe, expect, it } from 'vitest';
import { chatContext, freshIncident } from './chat-test-support';
import { COMMAND_USAGE } from './command-usage';
import { parseCommand } from './commands';

const context = chatContext();
const q = (namedTime: boolean) => ({ namedPerson: true, namedTask: true, namedTime });

describe('slash commands that become actions', () => {
  it.each([
    ['/declare SEV2 Checkout failing', { type: 'incident.declare', title: 'Checkout failing', severity: 'SEV2', impact: '', services: ['checkout'], via: 'command' }],
    ['/declare sev2 Payments slow', { type: 'incident.declare', title: 'Payments slow', severity: 'SEV2', impact: '', services: ['payments'], via: 'command' }],
    ['/DECLARE 1 Everything is down', { type: 'incident.declare', title: 'Everything is down', severity: 'SEV1', impact: '', services: [], via: 'command' }],
    ['/declare SEV-3 checkout and payments errors', { type: 'incident.declare', title: 'checkout and payments errors', severity: 'SEV3', impact: '', services: ['checkout', 'payments'], via: 'command' }],
    ['/sev SEV1 all customers affected', { type: 'incident.severity', severity: 'SEV1', reason: 'all customers affected', via: 'command' }],
    ['/sev 3', { type: 'incident.severity', severity: 'SEV3', reason: '', via: 'command' }],
    ['/status identified bad deploy of checkout', { type: 'incident.status', status: 'identified', note: 'bad deploy of checkout', via: 'command' }],
    ['/Status MONITORING', { type: 'incident.status', status: 'monitoring', note: '', via: 'command' }],
    ['/assign priya ops', { type: 'incident.assign', teammate: 'priya', role: 'ops', task: '', via: 'command', quality: q(false) }],
    ['/assign Marco operations lead', { type: 'incident.assign', teammate: 'marco', role: 'ops', task: '', via: 'command', quality: q(false) }],
    ['/assign @lee comms', { type: 'incident.assign', teammate: 'lee', role: 'comms', task: '', via: 'command', quality: q(false) }],
    ['/assign lee communications lead', { type: 'incident.assign', teammate: 'lee', role: 'comms', task: '', via: 'command', quality: q(false) }],
    ['/assign marco scribe', { type: 'incident.assign', teammate: 'marco', role: 'scribe', task: '', via: 'command', quality: q(false) }],
    ['/assign Priya Shah check orders-db report in 5m', { type: 'incident.assign', teammate: 'priya', task: 'check orders-db', reportIn: '5m', via: 'command', quality: q(true) }],
    ['/assign PRIYA look at checkout report in 10 minutes', { type: 'incident.assign', teammate: 'priya', task: 'look at checkout', reportIn: '10m', via: 'command', quality: q(true) }],
    ['/assign marco díaz ops lead, roll back checkout', { type: 'incident.assign', teammate: 'marco', role: 'ops', task: 'roll back checkout', via: 'command', quality: q(false) }],
    ['/assign marco diaz restart payments', { type: 'incident.assign', teammate: 'marco', task: 'restart payments', via: 'command', quality: q(false) }],
    ['/resolve rolled back to v2.3.0', { type: 'incident.resolve', summary: 'rolled back to v2.3.0', via: 'command' }],
    ['/resolve', { type: 'incident.resolve', summary: '', via: 'command' }],
    ['/note error ratio back under 1%', { type: 'incident.note', text: 'error ratio back under 1%' }],
  ])('%s', (text, action) => {
    expect(parseCommand(text, context)).toEqual({ ok: true, action });
  });
});

describe('/update builds a status update from the incident as it stands', () => {
  it('is the initial report when none was posted, with severity, status and impact from the incident', () => {
    const incident = freshIncident({ declared: true, severity: 'SEV2', status: 'identified', impact: 'Card payments fail for a third of customers' });
    const got = parseCommand('/update Rolling back checkout. Next update in 15 minutes', chatContext(incident));
    expect(got).toEqual({
      ok: true,
      action: {
        type: 'incident.update',
        channels: ['incident', 'stakeholders'],
        via: 'command',
        update: {
          kind: 'initial',
          impact: 'Card payments fail for a third of customers',
          severity: 'SEV2',
          status: 'identified',
          actions: 'Rolling back checkout. Next update in 15 minutes',
          nextUpdateIn: '15m',
          text: '',
        },
      },
    });
  });

  it('is an update once one was posted, and leaves the next-update time out when the text gives none', () => {
    const incident = freshIncident({ declared: true, severity: 'SEV3', status: 'monitoring', impact: 'Slow search', lastUpdateAt: 60_000 as never });
    const got = parseCommand('/update fix deployed, watching', chatContext(incident));
    expect(got.ok && got.action.type === 'incident.update' && got.action.update).toMatchObject({ kind: 'update', severity: 'SEV3', status: 'monitoring', nextUpdateIn: '' });
  });

  it('reads "in 20m" after update wording', () => {
    const got = parseCommand('/update investigating checkout errors, will update in 20m', context);
    expect(got.ok && got.action.type === 'incident.update' && got.action.update.nextUpdateIn).toBe('20m');
  });
});

describe('commands refused with a reason and the usage line', () => {
  it.each([
    ['/declare', 'Give a severity and a title.', COMMAND_USAGE.declare],
    ['/declare SEV2', 'Give the incident a title.', COMMAND_USAGE.declare],
    ['/declare SEV7 Broken', '"SEV7" is not a severity: use SEV1 to SEV5.', COMMAND_USAGE.declare],
    ['/declare high Broken', '"high" is not a severity: use SEV1 to SEV5.', COMMAND_USAGE.declare],
    [`/declare SEV2 ${'x'.repeat(201)}`, 'The title is longer than 200 characters.', COMMAND_USAGE.declare],
    ['/sev', 'Give a severity.', COMMAND_USAGE.sev],
    ['/sev 0', '"0" is not a severity: use SEV1 to SEV5.', COMMAND_USAGE.sev],
    ['/status', 'Give a status.', COMMAND_USAGE.status],
    ['/status fixed', '"fixed" is not a status.', COMMAND_USAGE.status],
    ['/status resolved', 'To resolve the incident use /resolve.', COMMAND_USAGE.resolve],
    ['/assign', 'Name a teammate and a role or task.', COMMAND_USAGE.assign],
    ['/assign bob ops', 'No teammate called "bob". The team: priya (Priya Shah), marco (Marco Díaz), lee (Lee Okafor).', COMMAND_USAGE.assign],
    ['/assign priya', 'Say what Priya Shah should do: a role (ops, comms, scribe) or a task.', COMMAND_USAGE.assign],
    ['/assign priya report in 5m', 'Say what Priya Shah should do: a role (ops, comms, scribe) or a task.', COMMAND_USAGE.assign],
    [`/assign priya check ${'y'.repeat(500)}`, 'The task is longer than 500 characters.', COMMAND_USAGE.assign],
    ['/update', 'Say what is being done.', COMMAND_USAGE.update],
    ['/note', 'Write the note.', COMMAND_USAGE.note],
  ])('%s', (text, reason, usage) => {
    expect(parseCommand(text, context)).toEqual({ ok: false, reason, usage });
  });

  const everyUsage = Object.values(COMMAND_USAGE).join('\n');

  it('lists every command for /help, and for an unknown command', () => {
    expect(parseCommand('/help', context)).toEqual({ ok: false, reason: 'Slash commands', usage: everyUsage });
    expect(parseCommand('/HELP', context)).toEqual({ ok: false, reason: 'Slash commands', usage: everyUsage });
    expect(parseCommand('/page the world', context)).toEqual({ ok: false, reason: 'Unknown command /page.', usage: everyUsage });
    expect(parseCommand('/', context)).toEqual({ ok: false, reason: 'Type a command after the slash.', usage: everyUsage });
  });

  it('has one usage line per command the issue asks for', () => {
    expect(everyUsage.split('\n').map((line) => line.split(' ')[0])).toEqual(['/declare', '/sev', '/status', '/assign', '/update', '/resolve', '/note', '/help']);
  });
});
