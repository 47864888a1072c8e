import { err, ok } from '../../contract';
import type { ActionOutcome } from '../../engine/drill';
import { OPERATIONS } from '../../engine/sim';
import type { HandlerMap } from './context';
import { ended, noDrill } from './drill-handlers';

function narrow<T extends ActionOutcome['type']>(outcome: ActionOutcome, _type: T): Extract<ActionOutcome, { type: T }> {
  return outcome as Extract<ActionOutcome, { type: T }>;
}

export const actionHandlers: HandlerMap = {
  'terminal.exec': (context, input) => {
    const session = context.session;
    if (!session) return noDrill();
    if (session.drill.ended) return ended();
    return ok(narrow(session.act({ type: 'terminal.exec', command: input.command }), 'terminal.exec'));
  },
  'terminal.interrupt': (context) => {
    const session = context.session;
    if (!session) return noDrill();
    if (session.drill.ended) return ended();
    return ok(narrow(session.act({ type: 'terminal.interrupt' }), 'terminal.interrupt'));
  },
  'terminal.poll': (context) => {
    const session = context.session;
    if (!session) return noDrill();
    return ok(session.drill.terminal.poll(session.drill.commandContext()));
  },
  'terminal.complete': (context, input) => {
    const session = context.session;
    if (!session) return noDrill();
    return ok(session.drill.terminal.complete(input.line, input.cursor, session.drill.commandContext()));
  },
  'terminal.state': (context) => (context.session ? ok(context.session.drill.terminal.state()) : noDrill()),
  'operation.run': (context, input) => {
    const session = context.session;
    if (!session) return noDrill();
    if (session.drill.ended) return ended();
    if (!OPERATIONS.has(input.operation)) return err('not_found', `unknown operation "${input.operation}"`, 'operation');
    return ok(narrow(session.act({ type: 'operation.run', operation: input.operation, target: input.target, params: input.params }), 'operation.run'));
  },
  'alert.acknowledge': (context, input) => {
    const session = context.session;
    if (!session) return noDrill();
    if (session.drill.ended) return ended();
    if (!session.drill.hasAlert(input.alert)) return err('not_found', `no alert named "${input.alert}" in this scenario`, 'alert');
    return ok(narrow(session.act({ type: 'alert.acknowledge', alert: input.alert }), 'alert.acknowledge'));
  },
};
