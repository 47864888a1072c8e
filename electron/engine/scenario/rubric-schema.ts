import { z } from 'zod';
import { exprType, parseExpr } from '../promql/parser';
import { duration, name } from './common';

/** Points in a drill's derived history that rubric conditions can be measured from. */
export const ANCHORS = ['drill.start', 'fault.started', 'alert.fired', 'page.triggered', 'fault.cleared'] as const;

/** Learner actions a rubric condition can look for. */
export const ACTION_TYPES = [
  'terminal.exec', 'operation.run', 'alert.acknowledge', 'page.acknowledge', 'silence.create', 'silence.expire', 'rules.add',
  'incident.resolve', 'drill.end',
  // Incident command and communication: declaring, severity and status, delegation, updates, chat, the status
  // page, the living document, and the stress aids (hints, the calm checklist).
  'incident.declare', 'incident.severity', 'incident.status', 'incident.assign', 'incident.update', 'chat.post',
  'statuspage.update', 'incident.note', 'timeline.mark', 'hint.request', 'checklist.toggle',
  // After the incident: each save of the postmortem (accepted after the drill ends).
  'postmortem.save',
  // Reads: where the learner looked (a dashboard opened, a query typed, a log search, the events around one, a
  // field counted over time).
  'dashboard.open', 'promql.query', 'promql.queryRange', 'logs.query', 'logs.context', 'logs.fieldOverTime',
] as const;

export const CATEGORIES = ['detect', 'diagnose', 'mitigate', 'communicate', 'postmortem', 'process'] as const;

const eventType = z.enum(ACTION_TYPES, { error: (issue) => unknownEventType(issue.input) });
const eventTypes = z.union([eventType, z.array(eventType).min(1)], {
  error: (issue) => {
    const input = issue.input;
    if (typeof input === 'string') return unknownEventType(input);
    const unknown = Array.isArray(input) ? input.findIndex((t) => !(ACTION_TYPES as readonly unknown[]).includes(t)) : -1;
    return unknown >= 0 ? `item ${unknown}: ${unknownEventType((input as unknown[])[unknown])}` : 'expected an event type or a non-empty list of event types';
  },
});

function unknownEventType(input: unknown): string {
  return `unknown event type ${JSON.stringify(input)} (known: ${ACTION_TYPES.join(', ')})`;
}

const regex = z.string().refine((source) => regexProblem(source) === undefined, {
  error: (issue) => `not a valid regular expression: ${regexProblem(String(issue.input))}`,
});

/** "After the first such event": an ordering between two of the learner's own actions. */
const eventAnchor = z.strictObject({ event: eventTypes, match: regex.optional() });

/** Where a window starts or ends: a moment of the drill's history, or the learner's first matching action. */
const anchor = z.union([z.enum(ANCHORS), eventAnchor], {
  error: (issue) => {
    if (typeof issue.input === 'string') return `unknown anchor ${JSON.stringify(issue.input)} (known: ${ANCHORS.join(', ')}, or { event, match })`;
    return firstProblem(eventAnchor, issue.input) ?? 'expected an anchor name or { event, match }';
  },
});

/** The window fields every form but the communication check shares. */
const window = { after: anchor.optional(), before: anchor.optional() };

/** 1. Learner actions: which, with what text, in which window, how many. */
const eventCondition = z.strictObject({
  event: eventTypes,
  match: regex.optional(),
  ...window,
  within: duration.optional(),
  count: z.int().min(1, 'must be at least 1').default(1),
});

/** 2. The world: a PromQL expression that returns a non-empty vector at every step of a window `for` long. */
const worldCondition = z.strictObject({
  promql: z.string().min(1).superRefine((expr, ctx) => {
    const problem = promqlProblem(expr);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  }),
  for: duration.default('0s'),
  ...window,
});

const phrase = z.string().trim().min(1, 'must not be empty');

/** 3. The words of a message: every `require` group matched by one of its synonyms, no `forbid` phrase. */
const textCondition = z.strictObject({
  text: z
    .strictObject({
      event: eventTypes,
      /** A dotted path into the event's payload (`update.impact`); else the action's whole text. */
      field: z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*$/, 'must be a dotted payload path such as update.impact').optional(),
      require: z.array(z.array(phrase).min(1, 'a synonym group needs at least one word or phrase')).optional(),
      forbid: z.array(phrase).min(1).optional(),
    })
    .refine((t) => t.require !== undefined || t.forbid !== undefined, { message: 'needs "require" or "forbid" (or both)' }),
  ...window,
  within: duration.optional(),
});

/**
 * 4. A communication check (incident protocol, CONVENTIONS.md §6). The names and params belong to the checks'
 * module; they are looked up when a document is parsed, not when this module loads, so the two may import each
 * other's files without an initialisation cycle.
 */
const checkCondition = z.strictObject({
  check: z.string().min(1),
  params: z.record(z.string(), z.unknown()).optional(),
});

const FORM_KEYS = ['event', 'promql', 'text', 'check'] as const;

/** A criterion's `when`: exactly one of the four forms, told apart by its key. */
export const conditionSchema = z.union([eventCondition, worldCondition, textCondition, checkCondition], {
  error: (issue) => formProblem(issue.input),
});

export const criterionSchema = z.strictObject({
  id: name,
  category: z.enum(CATEGORIES),
  points: z.int().refine((n) => n !== 0, { message: 'must not be zero' }),
  when: conditionSchema,
  feedback: z.strictObject({ met: z.string().min(1), missed: z.string().min(1) }),
});

export type Criterion = z.infer<typeof criterionSchema>;
export type Condition = Criterion['when'];
export type EventCondition = z.infer<typeof eventCondition>;
export type WorldCondition = z.infer<typeof worldCondition>;
export type TextCondition = z.infer<typeof textCondition>;
export type CheckCondition = z.infer<typeof checkCondition>;
export type EventAnchor = z.infer<typeof eventAnchor>;
export type AnchorSpec = z.infer<typeof anchor>;
export type Anchor = (typeof ANCHORS)[number];

/** Why a condition matched none of the forms: which form its keys name, and the first thing wrong with it. */
function formProblem(input: unknown): string {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return 'expected a condition object';
  const forms = FORM_KEYS.filter((key) => key in input);
  if (forms.length === 0) return 'a condition needs one of "event", "promql", "text" or "check"';
  if (forms.length > 1) return `a condition is one form only; this one has ${forms.map((f) => `"${f}"`).join(' and ')}`;
  const schema = { event: eventCondition, promql: worldCondition, text: textCondition, check: checkCondition }[forms[0]!];
  return firstProblem(schema, input) ?? 'not a valid condition';
}

/** The first thing `schema` finds wrong with `input`, prefixed with where inside it. */
function firstProblem(schema: z.ZodType, input: unknown): string | undefined {
  const first = schema.safeParse(input).error?.issues[0];
  if (!first) return undefined;
  return first.path.length === 0 ? first.message : `${first.path.map(String).join('.')}: ${first.message}`;
}

function regexProblem(source: string): string | undefined {
  try {
    new RegExp(source);
    return undefined;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

/** The parser's complaint, or that the expression is not an instant vector (a condition needs series to hold). */
function promqlProblem(expr: string): string | undefined {
  try {
    const type = exprType(parseExpr(expr));
    return type === 'vector' ? undefined : `must return an instant vector (this returns a ${type === 'matrix' ? 'range vector' : type})`;
  } catch (error) {
    return `PromQL does not parse: ${error instanceof Error ? error.message : String(error)}`;
  }
}

/** Actions the drill logs at most once (the room refuses a second declaration or resolution; a drill ends once). */
const AT_MOST_ONCE: ReadonlySet<string> = new Set(['drill.end', 'incident.declare', 'incident.resolve']);

/** Anchor pairs whose order is fixed: the first is never later than the second. */
const ALWAYS_BEFORE: readonly [Anchor, Anchor][] = [
  ['drill.start', 'fault.started'],
  ['drill.start', 'alert.fired'],
  ['drill.start', 'page.triggered'],
  ['drill.start', 'fault.cleared'],
  ['fault.started', 'fault.cleared'],
  // A page is an alert's notification, so the first page follows the first alert.
  ['alert.fired', 'page.triggered'],
];

type Issue = (path: (string | number)[], message: string) => void;

/** What the reachability checks need to know of the rest of the document. */
export type RubricScope = {
  duration: string;
  faults: readonly { id: string; kind: string; duration?: string; cleared_by: readonly unknown[]; red_herring: boolean }[];
  /** Whether a fault kind's operator can see its fault end by itself (the bad version rolled back). */
  endsByItself(kind: string): boolean;
  /** The communication checks' names, and what is wrong with a check's params (undefined: nothing). */
  checks: readonly string[];
  checkParamsProblem(name: string, params: unknown): string | undefined;
  /** Why a check with valid params can never be met in this scenario (severity-matches with no severity to compare). */
  checkUnreachable(name: string, params: unknown): string | undefined;
  durationMs(text: string): number;
};

/**
 * Cross-checks a rubric against its scenario: criteria that could never be met (an anchor that never happens, a
 * window that closes before it opens, a count the drill cannot log) and communication checks the checks' module
 * rejects. Each problem carries the JSON path of the field at fault.
 */
export function checkRubric(rubric: readonly Criterion[], scope: RubricScope, issue: Issue): void {
  rubric.forEach((criterion, i) => {
    const at = (...path: (string | number)[]) => ['rubric', i, 'when', ...path];
    const when = criterion.when;
    if ('check' in when) {
      if (!scope.checks.includes(when.check)) {
        issue(at('check'), `unknown check "${when.check}" (known: ${scope.checks.join(', ')})`);
        return;
      }
      const problem = scope.checkParamsProblem(when.check, when.params ?? {});
      if (problem) issue(at('params'), problem);
      const unreachable = problem ? undefined : scope.checkUnreachable(when.check, when.params ?? {});
      if (unreachable) issue(at('check'), unreachable);
      return;
    }
    for (const side of ['after', 'before'] as const) {
      const value = when[side];
      if (typeof value === 'string') {
        const problem = anchorProblem(value, scope);
        if (problem) issue(at(side), problem);
      }
    }
    const order = windowProblem(when.after, when.before);
    if (order) issue(at('before'), order);
    if (!('promql' in when) && when.within !== undefined && when.after === undefined) issue(at('within'), '"within" needs an "after" anchor to measure from');
    if ('promql' in when && scope.durationMs(when.for) > scope.durationMs(scope.duration)) {
      issue(at('for'), `longer than the drill (${scope.duration}), so it can never hold for that long`);
    }
    if ('event' in when && when.count > 1) {
      const types: readonly string[] = typeof when.event === 'string' ? [when.event] : when.event;
      if (types.every((t) => AT_MOST_ONCE.has(t)) && when.count > types.length) {
        issue(at('count'), `${types.join(', ')} ${types.length === 1 ? 'is' : 'are each'} logged at most once, so ${when.count} can never be reached`);
      }
    }
  });
}

/** Why an anchor can never happen in this scenario. */
function anchorProblem(anchor: Anchor, scope: RubricScope): string | undefined {
  if (anchor !== 'fault.started' && anchor !== 'fault.cleared') return undefined;
  const incident = scope.faults.filter((f) => !f.red_herring);
  if (incident.length === 0) return `"${anchor}" never happens: the scenario has no incident fault (red herrings do not count)`;
  if (anchor === 'fault.started') return undefined;
  const stuck = incident.filter((f) => f.duration === undefined && f.cleared_by.length === 0 && !scope.endsByItself(f.kind));
  if (stuck.length === 0) return undefined;
  const names = stuck.map((f) => `"${f.id}"`).join(', ');
  return `"fault.cleared" never happens: fault ${names} cannot clear (give it "cleared_by" or a "duration")`;
}

/** Why a window closes before it can open: `before` a moment that never follows `after`. */
function windowProblem(after: AnchorSpec | undefined, before: AnchorSpec | undefined): string | undefined {
  if (before === undefined) return undefined;
  if (before === 'drill.start') return 'nothing the learner does comes before "drill.start"';
  if (after === undefined) return undefined;
  if (JSON.stringify(after) === JSON.stringify(before)) return '"before" is the same moment as "after", so the window is empty';
  if (typeof after === 'string' && typeof before === 'string' && ALWAYS_BEFORE.some(([a, b]) => a === before && b === after)) {
    return `"${before}" always comes before "${after}", so the window is empty`;
  }
  return undefined;
}
