/**
 * The chat's slash commands: each one's usage line (as /help lists them and a refusal repeats the one that was
 * misused) and what it does. Pure data, shared by the back end's parser and the composer's completion list.
 */
export const COMMAND_USAGE = {
  declare: '/declare <sev> <title…>',
  sev: '/sev <sev> [reason…]',
  status: '/status <investigating|identified|monitoring> [note…]',
  assign: '/assign <teammate> <role-or-task…> [report in <duration>]',
  update: '/update <text…>',
  resolve: '/resolve [summary…]',
  note: '/note <text…>',
  help: '/help',
} as const;

export const COMMAND_SUMMARY: Record<keyof typeof COMMAND_USAGE, string> = {
  declare: 'declare an incident',
  sev: 'change the severity',
  status: 'change the status',
  assign: 'hand out a role or a task',
  update: 'post a status update',
  resolve: 'resolve the incident',
  note: 'add a note to the incident document',
  help: 'list the commands',
};
