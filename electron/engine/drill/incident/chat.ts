import { parseCommand } from './commands';
import { readDelegation } from './delegation';
import type { ChatContext, ChatInterpretation } from './ports';
import type { ChannelId } from './types';

/**
 * A chat line as the action it stands for: a slash command, a delegation read from a message in the incident
 * channel (the stakeholder channel is for updates and answers, never orders to the team), or a plain message.
 */
export function interpretChat(text: string, channel: ChannelId, replyTo: string | undefined, context: ChatContext): ChatInterpretation {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: false, reason: 'Write a message first.' };
  if (trimmed.startsWith('/')) return parseCommand(trimmed, context);
  if (channel === 'incident') {
    const delegation = readDelegation(trimmed, context);
    if (delegation) return { ok: true, action: delegation };
  }
  return { ok: true, action: { type: 'chat.post', channel, text: trimmed, ...(replyTo !== undefined ? { replyTo } : {}) } };
}
