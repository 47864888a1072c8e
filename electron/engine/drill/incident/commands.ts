import type { DrillAction } from '../actions';
import { COMMAND_USAGE } from './command-usage';
import { nextUpdatePhrase, reportInPhrase, roleAtStart, severityNamed, teammateAtStart } from './chat-words';
import { draftUpdate } from './findings-update';
import type { ChatContext, ChatInterpretation } from './ports';
import type { IncidentStatus } from './types';

type CommandName = keyof typeof COMMAND_USAGE;

const ALL_USAGE = Object.values(COMMAND_USAGE).join('\n');
const TITLE_MAX = 200;
const TASK_MAX = 500;
const OPEN_STATUSES = ['investigating', 'identified', 'monitoring'] as const;

/**
 * A slash command as the drill action it stands for. The command word is case-insensitive; a missing or bad
 * argument is refused with the reason and the command's usage, so the text can stay in the composer.
 */
export function parseCommand(text: string, context: ChatContext): ChatInterpretation {
  const match = /^\/(\S*)\s*([\s\S]*)$/.exec(text.trim());
  const word = (match?.[1] ?? '').toLowerCase();
  const args = (match?.[2] ?? '').trim();
  if (!(word in COMMAND_USAGE)) return { ok: false, reason: word ? `Unknown command /${word}.` : 'Type a command after the slash.', usage: ALL_USAGE };
  const name = word as CommandName;
  const refuse = (reason: string): ChatInterpretation => ({ ok: false, reason, usage: COMMAND_USAGE[name] });
  const act = (action: DrillAction): ChatInterpretation => ({ ok: true, action });
  switch (name) {
    case 'help':
      return { ok: false, reason: 'Slash commands', usage: ALL_USAGE };
    case 'declare': {
      const [sevWord = '', ...titleWords] = args.split(/\s+/);
      const severity = severityNamed(sevWord);
      if (!sevWord) return refuse('Give a severity and a title.');
      if (!severity) return refuse(`"${sevWord}" is not a severity: use SEV1 to SEV5.`);
      const title = titleWords.join(' ');
      if (!title) return refuse('Give the incident a title.');
      if (title.length > TITLE_MAX) return refuse(`The title is longer than ${TITLE_MAX} characters.`);
      return act({ type: 'incident.declare', title, severity, impact: '', services: servicesNamed(title, context.services), via: 'command' });
    }
    case 'sev': {
      const [sevWord = '', ...reason] = args.split(/\s+/);
      if (!sevWord) return refuse('Give a severity.');
      const severity = severityNamed(sevWord);
      if (!severity) return refuse(`"${sevWord}" is not a severity: use SEV1 to SEV5.`);
      return act({ type: 'incident.severity', severity, reason: reason.join(' '), via: 'command' });
    }
    case 'status': {
      const [statusWord = '', ...note] = args.split(/\s+/);
      const status = statusWord.toLowerCase();
      if (!status) return refuse('Give a status.');
      if (status === 'resolved') return { ok: false, reason: 'To resolve the incident use /resolve.', usage: COMMAND_USAGE.resolve };
      if (!(OPEN_STATUSES as readonly string[]).includes(status)) return refuse(`"${statusWord}" is not a status.`);
      return act({ type: 'incident.status', status: status as Exclude<IncidentStatus, 'resolved'>, note: note.join(' '), via: 'command' });
    }
    case 'assign':
      return parseAssign(args, context, refuse);
    case 'update': {
      if (!args) return refuse('Say what is being done.');
      const update = draftUpdate(context.incident, args, nextUpdatePhrase(args) ?? '');
      return act({ type: 'incident.update', channels: ['incident', 'stakeholders'], update, via: 'command' });
    }
    case 'resolve':
      return act({ type: 'incident.resolve', summary: args, via: 'command' });
    case 'note':
      if (!args) return refuse('Write the note.');
      return act({ type: 'incident.note', text: args });
  }
}

function parseAssign(args: string, context: ChatContext, refuse: (reason: string) => ChatInterpretation): ChatInterpretation {
  if (!args) return refuse('Name a teammate and a role or task.');
  const named = teammateAtStart(args, context.team);
  if (!named) {
    const word = args.split(/\s+/)[0]!;
    return refuse(`No teammate called "${word.replace(/^@/, '')}". The team: ${context.team.map((t) => `${t.id} (${t.name})`).join(', ')}.`);
  }
  const timed = reportInPhrase(named.rest);
  const rest = (timed?.rest ?? named.rest).replace(/^[\s,;:.—–-]+/, '').trim();
  const role = roleAtStart(rest);
  const task = (role ? role.rest : rest).trim();
  if (!role && !task) return refuse(`Say what ${named.teammate.name} should do: a role (ops, comms, scribe) or a task.`);
  if (task.length > TASK_MAX) return refuse(`The task is longer than ${TASK_MAX} characters.`);
  return {
    ok: true,
    action: {
      type: 'incident.assign',
      teammate: named.teammate.id,
      ...(role ? { role: role.role } : {}),
      task,
      ...(timed ? { reportIn: timed.reportIn } : {}),
      via: 'command',
      quality: { namedPerson: true, namedTask: true, namedTime: timed !== undefined },
    },
  };
}

/** The services a title names by their whole name, in the order the world lists them. */
function servicesNamed(title: string, services: readonly string[]): string[] {
  const lower = title.toLowerCase();
  return services.filter((s) => new RegExp(`(?<![\\w-])${s.toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\w-])`).test(lower));
}
