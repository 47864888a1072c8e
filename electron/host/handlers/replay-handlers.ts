import { ok } from '../../contract';
import { closeReplay, listAttempts, noReplay, openReplay } from '../replay';
import type { HandlerMap } from './context';

/** Past attempts: the history list, and the read-only replay of one of them. */
export const replayHandlers: HandlerMap = {
  'attempt.list': (context) => ok(listAttempts(context.store)),
  'replay.open': (context, input) => openReplay(context, input.attempt),
  'replay.seek': (context, input) => {
    const replay = context.replay;
    if (!replay) return noReplay();
    replay.session.seek(input.t);
    return ok(replay.session.drill.view());
  },
  'replay.transcript': (context) => (context.replay ? ok(context.replay.session.transcript()) : noReplay()),
  'replay.close': (context) => ok(closeReplay(context)),
};
