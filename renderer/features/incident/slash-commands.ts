import { COMMAND_SUMMARY, COMMAND_USAGE } from '../../../electron/engine/drill/incident/command-usage';
import { MESSAGE_LIMIT } from './contract-lists';

/** The chat's slash commands with the back end's own usage lines (its /help), for the composer's completion list. */
export const SLASH_COMMANDS = (Object.keys(COMMAND_USAGE) as (keyof typeof COMMAND_USAGE)[]).map((key) => ({
  name: `/${key}`,
  usage: COMMAND_USAGE[key],
  summary: COMMAND_SUMMARY[key],
}));

export type SlashCommand = (typeof SLASH_COMMANDS)[number];

/** Commands the text could be the start of: only while the first word (starting with "/") is being typed. */
export function completeSlash(text: string): SlashCommand[] {
  if (!text.startsWith('/') || /\s/.test(text)) return [];
  const typed = text.toLowerCase();
  return SLASH_COMMANDS.filter((c) => c.name.startsWith(typed));
}

/** The composer's text once a completion is accepted: the command and a space, ready for its arguments. */
export function acceptCompletion(command: SlashCommand): string {
  return command.name === '/help' ? '/help' : `${command.name} `;
}

/** Why a message cannot be sent, in the back end's words, before it is sent; undefined when it can. */
export function messageProblem(text: string): string | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return 'empty message';
  if (trimmed.length > MESSAGE_LIMIT) return `longer than ${MESSAGE_LIMIT} characters`;
  return undefined;
}

/** The character counter: shown once the text nears the limit, and by how much it is over. */
export function counterText(length: number): { text: string; over: boolean } | undefined {
  if (length < MESSAGE_LIMIT * 0.8) return undefined;
  return { text: `${length} / ${MESSAGE_LIMIT}`, over: length > MESSAGE_LIMIT };
}
