import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { interpretChat } from './chat';
import { chatContext } from './chat-test-support';

const context = chatContext();

describe('interpretChat: a chat line as an action', () => {
  it('runs slash commands', () => {
    expect(interpretChat('  /sev 2 wider than we thought', 'incident', undefined, context)).toEqual({
      ok: true,
      action: { type: 'incident.severity', severity: 'SEV2', reason: 'wider than we thought', via: 'command' },
    });
  });

  it('reads a delegation in the incident channel', () => {
    const got = interpretChat('Priya, check the database', 'incident', undefined, context);
    expect(got.ok && got.action.type).toBe('incident.assign');
  });

  it('never reads a delegation in the stakeholder channel', () => {
    expect(interpretChat('Priya, check the database', 'stakeholders', undefined, context)).toEqual({
      ok: true,
      action: { type: 'chat.post', channel: 'stakeholders', text: 'Priya, check the database' },
    });
  });

  it('posts anything else as a message, keeping the question it answers', () => {
    expect(interpretChat('Yes, card payments are failing for about a third of orders. ', 'stakeholders', 'm4', context)).toEqual({
      ok: true,
      action: { type: 'chat.post', channel: 'stakeholders', text: 'Yes, card payments are failing for about a third of orders.', replyTo: 'm4' },
    });
    expect(interpretChat('Can someone check the DB?', 'incident', undefined, context)).toEqual({
      ok: true,
      action: { type: 'chat.post', channel: 'incident', text: 'Can someone check the DB?' },
    });
  });

  it('refuses an empty line', () => {
    expect(interpretChat('   \n ', 'incident', undefined, context)).toEqual({ ok: false, reason: 'Write a message first.' });
  });

  it('never throws, and always gives an action or a reason (fast-check)', () => {
    const line = fc.oneof(
      fc.string({ maxLength: 300 }),
      fc.string({ unit: 'grapheme', maxLength: 120 }),
      fc.tuple(fc.constantFrom('/declare', '/sev', '/status', '/assign', '/update', '/resolve', '/note', '/help', '/', 'Priya,', '@marco', 'Lee please'), fc.string({ maxLength: 120 })).map(([a, b]) => `${a} ${b}`),
    );
    fc.assert(
      fc.property(line, fc.constantFrom('incident' as const, 'stakeholders' as const), (text, channel) => {
        const got = interpretChat(text, channel, undefined, context);
        if (got.ok) expect(typeof got.action.type).toBe('string');
        else expect(got.reason.length).toBeGreaterThan(0);
      }),
      { numRuns: 2000 },
    );
  });
});
