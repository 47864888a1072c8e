import { z } from 'zod';
import type { ActionOutcome, DrillView } from '../engine/drill';
import { parseDuration } from '../engine/sim/duration';
import type { LabReport, RulePreview } from '../engine/alerting/timeline';
import type { ApiData } from '../engine/promql/engine/api-format';
import type { ScoreReport } from '../engine/scoring';
import type { Dashboard, DashboardProblem } from '../engine/dashboards/model';
import type { LogContext, LogFieldInfo, LogFieldOverTime, LogSearchResult } from '../engine/logs/types';
import type { TargetsStatus } from '../engine/sim/outputs/targets-status';
import type { IncidentOutcome } from '../engine/drill/incident/actions';
import type { IncidentSnapshot, Severity, TimelineEntry } from '../engine/drill/incident/types';
import { CHANNELS, CHECKLIST_STEPS, COMPONENT_STATUSES, INCIDENT_STATUSES, KEY_MOMENTS, ROLES, SEVERITIES } from '../engine/drill/incident/types';
import type { StakeholderSpec, TeammateSpec } from '../engine/scenario/incident-schema';
import type { PostmortemDocument, PostmortemReview, PostmortemSave } from '../engine/postmortem/types';
import { ACTION_ITEM_TYPES, WHYS } from '../engine/postmortem/types';
import type { Debrief } from '../engine/debrief/types';
import type { DrillEvent } from '../engine/drill/actions';
import type { SpeedSetter } from './events';

const nothing = z.strictObject({});

/** A team drill's participants: 2 to 8 people, each named once, each in an incident role. */
const TEAM_MAX = 8;
const participantName = z.string().trim().min(1, 'required').max(60, 'longer than 60 characters');
const team = z
  .array(z.strictObject({ name: participantName, role: z.enum(ROLES) }))
  .min(2, 'a team drill needs at least 2 participants')
  .max(TEAM_MAX, `at most ${TEAM_MAX} participants`)
  .superRefine((people, ctx) => {
    const seen = new Set<string>();
    people.forEach((p, i) => {
      const key = p.name.toLowerCase();
      if (seen.has(key)) ctx.addIssue({ code: 'custom', path: [i, 'name'], message: `"${p.name}" is already in the team` });
      seen.add(key);
    });
  });

/** Chat and composer text: a message must say something, and a pasted log dump must not flood the channel. */
export const MESSAGE_MAX = 4000;
const messageText = z.string().trim().min(1, 'empty message').max(MESSAGE_MAX, `longer than ${MESSAGE_MAX} characters`);

const structuredUpdate = z.strictObject({
  kind: z.enum(['initial', 'update', 'resolution']),
  impact: z.string().trim().max(MESSAGE_MAX).default(''),
  severity: z.enum(SEVERITIES),
  status: z.enum(INCIDENT_STATUSES),
  actions: z.string().trim().max(MESSAGE_MAX).default(''),
  nextUpdateIn: z
    .string()
    .trim()
    .refine((text) => text === '' || parseDuration(text) !== undefined, { message: 'not a valid duration (e.g. 15m)' })
    .default(''),
  recoveryConfirmed: z.boolean().optional(),
  dataLoss: z.string().trim().max(MESSAGE_MAX).optional(),
  followUps: z.string().trim().max(MESSAGE_MAX).optional(),
  text: z.string().trim().max(MESSAGE_MAX).default(''),
});

/** A Prometheus duration (`90s`, `1h30m`): units largest first, each at most once. */
const durationText = (example: string) =>
  z.string().refine((text) => parseDuration(text) !== undefined, { message: `not a valid duration (e.g. ${example})` });

/** Postmortem prose: long text is accepted and shown (a pasted log excerpt), but one field stays under 100,000 characters. */
const instructorPin = z.string().regex(/^\d{4,12}$/, 'must be 4 to 12 digits');
const POSTMORTEM_TEXT_MAX = 100_000;
const postmortemText = z.string().max(POSTMORTEM_TEXT_MAX, `longer than ${POSTMORTEM_TEXT_MAX} characters`).default('');
const postmortemList = <T extends z.ZodType>(item: T) => z.array(item).max(200, 'more than 200 entries').default([]);

/** A postmortem as the editor sends it: every field may be empty or missing (it is saved and scored, never rejected). */
const postmortemDocument = z.strictObject({
  title: postmortemText,
  summary: postmortemText,
  impact: postmortemText,
  timeline: postmortemList(z.strictObject({ at: z.string().max(40).default(''), text: postmortemText })),
  trigger: postmortemText,
  rootCause: postmortemText,
  whys: z.array(postmortemText).max(WHYS, `at most ${WHYS} whys`).default([]),
  contributingFactors: postmortemList(postmortemText),
  wentWell: postmortemText,
  wentBadly: postmortemText,
  gotLucky: postmortemText,
  actionItems: postmortemList(
    z.strictObject({
      title: postmortemText,
      owner: z.string().max(200).default(''),
      due: z.string().max(40).default(''),
      type: z.enum([...ACTION_ITEM_TYPES, '']).default(''),
    }),
  ),
}) satisfies z.ZodType<PostmortemDocument, unknown>;

/** Clock speeds the host offers: paused, real time, and two fast-forwards. */
export const CLOCK_SPEEDS = [0, 1, 10, 60] as const;
/** Appearance settings: the projector theme is high contrast with large type, for a room. */
export const THEMES = ['dark', 'light', 'projector'] as const;
export const TEXT_SIZES = ['S', 'M', 'L'] as const;
/** The speed a new drill's clock starts at (pause is not a sensible default). */
export const DEFAULT_SPEEDS = [1, 10, 60] as const;

/**
 * Every request: its input schema, and whether it is written to the attempt's event log before it takes
 * effect — learner actions and the reads a learner starts ('always'), automatic refreshes ('never'), or
 * queries that say whether a person typed them or a panel refreshed ('unless-auto').
 */
export const requestSpecs = {
  'scenario.list': { input: nothing, recorded: 'never' },
  'scenario.problems': { input: nothing, recorded: 'never' },
  /**
   * Imports a scenario folder the learner picked (an upload in the browser, a folder dialog in Electron): its
   * files by path relative to the folder. Validation problems come back listed, with file and path.
   */
  'scenario.import': {
    input: z.strictObject({
      id: z.string().regex(/^[a-z][a-z0-9-]*$/, 'the folder name must be lower-case letters, digits and dashes, starting with a letter').max(100),
      files: z
        .record(z.string().min(1).max(500), z.string().max(2_000_000, 'larger than 2 MB'))
        .refine((files) => Object.keys(files).length <= 500, { message: 'more than 500 files' }),
    }),
    recorded: 'never',
  },
  'drill.start': {
    input: z.strictObject({
      scenario: z.string().min(1, 'required'),
      version: z.string().min(1).optional(),
      seed: z.int().min(0).max(2 ** 31 - 1).optional(),
      learner: z.string().trim().min(1).max(100).optional(),
      /** One of the scenario's difficulty levels (its default when omitted); recorded in the drill.start event. */
      difficulty: z.string().min(1).max(40).optional(),
      /** Team drill mode: the participants, in the order given; the first one acts first. Recorded in drill.start. */
      team: team.optional(),
    }),
    recorded: 'never',
  },
  'drill.view': { input: nothing, recorded: 'never' },
  /** Team drill mode: this participant takes the keyboard; every action after it is attributed to them. */
  'drill.actAs': { input: z.strictObject({ participant: participantName }), recorded: 'always' },
  'drill.clock': {
    input: z.strictObject({
      speed: z.union(CLOCK_SPEEDS.map((s) => z.literal(s)), { message: `must be one of ${CLOCK_SPEEDS.join(', ')}` }),
    }),
    recorded: 'always',
  },
  'drill.end': { input: nothing, recorded: 'always' },
  'terminal.exec': { input: z.strictObject({ command: z.string().max(4096, 'longer than 4096 characters') }), recorded: 'always' },
  /** Ctrl-C: stops a following command (`tail -f`, `kubectl logs -f`) or abandons a confirmation. */
  'terminal.interrupt': { input: nothing, recorded: 'always' },
  /** New output of a following command since the last poll. */
  'terminal.poll': { input: nothing, recorded: 'never' },
  /** Tab completion for the word at `cursor`. */
  'terminal.complete': { input: z.strictObject({ line: z.string().max(4096), cursor: z.int().min(0).max(4096) }), recorded: 'never' },
  /** The prompt and the session's history (a reopened terminal shows where the learner is). */
  'terminal.state': { input: nothing, recorded: 'never' },
  'operation.run': {
    input: z.strictObject({
      operation: z.string().min(1, 'required'),
      target: z.string().min(1, 'required'),
      params: z.record(z.string(), z.unknown()).default({}),
    }),
    recorded: 'always',
  },
  'alert.acknowledge': { input: z.strictObject({ alert: z.string().min(1, 'required') }), recorded: 'always' },
  'page.acknowledge': { input: z.strictObject({ page: z.string().min(1, 'required') }), recorded: 'always' },
  'silence.create': {
    input: z.strictObject({
      matchers: z
        .array(
          z.strictObject({
            name: z.string().min(1, 'required'),
            value: z.string(),
            isRegex: z.boolean().default(false),
            isEqual: z.boolean().default(true),
          }),
        )
        .min(1, 'at least one matcher required'),
      /** How long from now the silence lasts, as a Prometheus duration (`2h`, `30m`). */
      duration: durationText('30m, 2h'),
      comment: z.string().trim().min(1, 'required').max(1000),
      /** Who created it; the learner's name when left out. */
      createdBy: z.string().trim().min(1).max(100).optional(),
    }),
    recorded: 'always',
  },
  'silence.expire': { input: z.strictObject({ id: z.string().min(1, 'required') }), recorded: 'always' },
  /** A Prometheus rule file the learner adds to the drill (a group of the same name replaces theirs). */
  'rules.add': { input: z.strictObject({ text: z.string().min(1, 'required').max(100_000, 'longer than 100,000 characters') }), recorded: 'always' },
  /** Evaluates a rule file over the drill's last `range` without changing the drill. */
  'rules.preview': {
    input: z.strictObject({
      text: z.string().min(1, 'required').max(100_000, 'longer than 100,000 characters'),
      range: durationText('1h').default('1h'),
    }),
    recorded: 'always',
  },
  /** A scenario runbook, by `runbook_url` annotation or by path (`runbooks/<name>.md`). */
  'runbook.get': { input: z.strictObject({ ref: z.string().min(1, 'required').max(2000) }), recorded: 'always' },
  /** Replays a scenario with and without its fault and scores a learner's rule file against both. */
  'alerting.lab': {
    input: z.strictObject({
      scenario: z.string().min(1, 'required'),
      version: z.string().min(1).optional(),
      seed: z.int().min(0).max(2 ** 31 - 1).optional(),
      text: z.string().min(1, 'required').max(100_000, 'longer than 100,000 characters'),
      within: durationText('5m').default('5m'),
    }),
    recorded: 'never',
  },
  /** Resolves the incident; the resolution composer's fields post the resolution message too. */
  'incident.resolve': {
    input: z.strictObject({ summary: z.string().max(MESSAGE_MAX).default(''), update: structuredUpdate.optional() }),
    recorded: 'always',
  },
  /** Declares an incident (PagerDuty: when customers see it, a second team is needed, or an hour has gone by). */
  'incident.declare': {
    input: z.strictObject({
      title: z.string().trim().min(1, 'required').max(200, 'longer than 200 characters'),
      severity: z.enum(SEVERITIES),
      impact: z.string().trim().max(MESSAGE_MAX).default(''),
      services: z.array(z.string().min(1).max(100)).max(50).default([]),
    }),
    recorded: 'always',
  },
  'incident.severity': { input: z.strictObject({ severity: z.enum(SEVERITIES), reason: z.string().trim().max(MESSAGE_MAX).default('') }), recorded: 'always' },
  'incident.status': {
    input: z.strictObject({ status: z.enum(['investigating', 'identified', 'monitoring']), note: z.string().trim().max(MESSAGE_MAX).default('') }),
    recorded: 'always',
  },
  /** Hands a role, a task, or both to a teammate; `reportIn` is when they should report back. */
  'incident.assign': {
    input: z
      .strictObject({
        teammate: z.string().min(1, 'required').max(100),
        role: z.enum(['comms', 'ops', 'scribe']).optional(),
        task: z.string().trim().max(500, 'longer than 500 characters').default(''),
        reportIn: durationText('5m').optional(),
      })
      .refine((a) => a.role !== undefined || a.task !== '', { message: 'give a role or a task', path: ['task'] }),
    recorded: 'always',
  },
  /** Posts a structured update (initial report or status update) to the chosen channels. */
  'incident.update': {
    input: z.strictObject({ channels: z.array(z.enum(CHANNELS)).min(1, 'choose a channel').default(['incident', 'stakeholders']), update: structuredUpdate }),
    recorded: 'always',
  },
  /**
   * A chat line: a slash command (`/declare`, `/sev`, `/status`, `/assign`, `/update`, `/resolve`), a message
   * naming a teammate and a task (read as a delegation), or a plain message; `replyTo` answers a question.
   */
  'chat.post': {
    input: z.strictObject({ channel: z.enum(CHANNELS), text: messageText, replyTo: z.string().min(1).max(40).optional() }),
    recorded: 'always',
  },
  /** Edits the status-page draft and its components; `publish` posts it publicly. */
  'statuspage.update': {
    input: z.strictObject({
      components: z.array(z.strictObject({ name: z.string().min(1).max(60), status: z.enum(COMPONENT_STATUSES) })).max(50),
      draft: z.string().trim().max(MESSAGE_MAX, `longer than ${MESSAGE_MAX} characters`),
      publish: z.boolean().default(false),
    }),
    recorded: 'always',
  },
  'incident.note': { input: z.strictObject({ text: messageText, key: z.enum(KEY_MOMENTS).optional() }), recorded: 'always' },
  'timeline.mark': { input: z.strictObject({ entry: z.string().min(1).max(40), key: z.enum(KEY_MOMENTS).nullable() }), recorded: 'always' },
  /** Reveals the scenario's next hint; every use is recorded (the scorer may charge for it). */
  'hint.request': { input: nothing, recorded: 'always' },
  'checklist.toggle': { input: z.strictObject({ step: z.enum(CHECKLIST_STEPS), done: z.boolean() }), recorded: 'always' },
  /** Everything the incident workspace shows: the lifecycle, channels, tasks, status page, hints and the roster. */
  'incident.view': { input: nothing, recorded: 'never' },
  /** The living incident document's timeline, oldest first. */
  'incident.timeline': { input: nothing, recorded: 'never' },
  'score.get': { input: nothing, recorded: 'never' },
  /** The attempt's postmortem: the last saved document (or the template, its timeline pre-filled from the incident document) and its review. */
  'postmortem.get': { input: nothing, recorded: 'never' },
  /** Checks a draft without saving it (inline flags while the learner types). */
  'postmortem.review': { input: z.strictObject({ document: postmortemDocument }), recorded: 'never' },
  /** Saves the postmortem: a postmortem.save event on the attempt's log, accepted during and after the drill. */
  'postmortem.save': { input: z.strictObject({ document: postmortemDocument }), recorded: 'always' },
  /** The last saved postmortem as Markdown, with a file name to save it under. */
  'postmortem.export': { input: nothing, recorded: 'never' },
  /** The debrief of the ended drill (or of the attempt being replayed). */
  'debrief.get': { input: nothing, recorded: 'never' },
  /** Every attempt on this machine, newest first. */
  'attempt.list': { input: nothing, recorded: 'never' },
  /**
   * Opens a past attempt for replay: a read-only session re-derived from its scenario, seed and event log, which the
   * read requests (drill.view, promql.*, logs.*, incident.*) then answer for. Nothing is written to any log.
   */
  'replay.open': { input: z.strictObject({ attempt: z.int().min(1) }), recorded: 'never' },
  /** Moves the replay to sim time t (forwards re-derives on, backwards from the start) and returns the view there. */
  'replay.seek': { input: z.strictObject({ t: z.number().finite().min(0) }), recorded: 'never' },
  /** The terminal as it was at the replay's moment: each command, its output and prompt. */
  'replay.transcript': { input: nothing, recorded: 'never' },
  'replay.close': { input: nothing, recorded: 'never' },
  /** One attempt as a bundle file (header, whole hash-chained event log, claimed score), signed when a class key is given. */
  'attempt.exportBundle': { input: z.strictObject({ attempt: z.int().min(1), key: z.string().max(200).optional() }), recorded: 'never' },
  /** Verifies, re-plays, re-scores and files each bundle; one outcome per file, flags and all. */
  'grade.import': {
    input: z.strictObject({
      files: z.array(z.strictObject({ name: z.string().min(1).max(500), json: z.string().max(50_000_000) })).min(1).max(1000),
      key: z.string().max(200).optional(),
    }),
    recorded: 'never',
  },
  /** The class report (CSV: a row per attempt; JSON: each attempt's report), filtered by scenario, learner and day. */
  'grade.report': {
    input: z.strictObject({
      format: z.enum(['csv', 'json']),
      scenario: z.string().min(1).optional(),
      learner: z.string().min(1).optional(),
      from: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD').optional(),
      to: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD').optional(),
    }),
    recorded: 'never',
  },
  /** One attempt's printable HTML report (summary, score with evidence, timeline, communications, postmortem). */
  'grade.attemptReport': { input: z.strictObject({ attempt: z.int().min(1) }), recorded: 'never' },
  /**
   * The same report printed to PDF (the desktop app's own Chromium; in the browser app a Chromium found on the
   * machine, or FIREDRILL_CHROMIUM), as base64: one file per student for the grader to hand over.
   */
  'grade.attemptPdf': { input: z.strictObject({ attempt: z.int().min(1) }), recorded: 'never' },
  /** Learner profiles on this machine, and the one new drills are played as. */
  'learner.list': { input: nothing, recorded: 'never' },
  'learner.create': {
    input: z.strictObject({ name: z.string().trim().min(1, 'required').max(100), studentId: z.string().trim().max(100).optional() }),
    recorded: 'never',
  },
  /** The learner new drills are played as (an existing profile). */
  'learner.select': { input: z.strictObject({ name: z.string().trim().min(1, 'required').max(100) }), recorded: 'never' },
  /** Deletes a learner and all their data (attempts, events, scores, saved views); `confirm` must repeat the name. */
  'learner.delete': { input: z.strictObject({ name: z.string().min(1, 'required').max(100), confirm: z.string().max(100) }), recorded: 'never' },
  /** Continues an attempt left running (the app closed mid-drill) as the live drill, re-derived from its event log. */
  'attempt.resume': { input: z.strictObject({ attempt: z.int().min(1) }), recorded: 'never' },
  'settings.get': { input: nothing, recorded: 'never' },
  /** Changes some settings; the rest keep their values. Returns them all. */
  'settings.update': {
    input: z.strictObject({
      theme: z.enum(THEMES).optional(),
      textSize: z.enum(TEXT_SIZES).optional(),
      defaultSpeed: z.union(DEFAULT_SPEEDS.map((s) => z.literal(s)), { message: `must be one of ${DEFAULT_SPEEDS.join(', ')}` }).optional(),
    }),
    recorded: 'never',
  },
  'promql.query': {
    input: z.strictObject({
      expr: z.string().min(1, 'required').max(10_000, 'longer than 10,000 characters'),
      /** Evaluation time in unix seconds; the drill's current time when left out. */
      time: z.number().finite().optional(),
      /** A panel refreshing itself rather than a person asking: not recorded. */
      auto: z.boolean().default(false),
    }),
    recorded: 'unless-auto',
  },
  'promql.queryRange': {
    input: z
      .strictObject({
        expr: z.string().min(1, 'required').max(10_000, 'longer than 10,000 characters'),
        start: z.number().finite(),
        end: z.number().finite(),
        step: z.number().positive('must be greater than 0'),
        auto: z.boolean().default(false),
      })
      .refine((q) => q.end >= q.start, { message: 'end must not be before start', path: ['end'] }),
    recorded: 'unless-auto',
  },
  'promql.labels': { input: nothing, recorded: 'never' },
  /** Values of a label, optionally only on series matching any `match` selector (as /api/v1/label/<name>/values?match[]=). */
  'promql.labelValues': {
    input: z.strictObject({
      label: z.string().min(1, 'required'),
      match: z.array(z.string().min(1).max(10_000)).max(20).optional(),
      /** Unix seconds; series with samples in [start, end] only (defaults: the whole store up to now). */
      start: z.number().finite().optional(),
      end: z.number().finite().optional(),
    }),
    recorded: 'never',
  },
  /** Label sets of the series matching any selector (as /api/v1/series). */
  'promql.series': {
    input: z.strictObject({
      match: z.array(z.string().min(1).max(10_000)).min(1, 'at least one selector required').max(20),
      start: z.number().finite().optional(),
      end: z.number().finite().optional(),
    }),
    recorded: 'never',
  },
  /** Every scrape target as Prometheus's /api/v1/targets reports it. */
  'targets.list': { input: nothing, recorded: 'never' },
  /** The drill's dashboards: the scenario's (with the learner's saved edits) and the learner's own. */
  'dashboard.list': { input: nothing, recorded: 'never' },
  /**
   * Opens a dashboard: a drill event (the learner looked here) unless `auto` — the app opening the home
   * dashboard at the start, or after a reset removed the one on screen, is not the learner's choice.
   */
  'dashboard.open': { input: z.strictObject({ uid: z.string().min(1, 'required').max(40), auto: z.boolean().default(false) }), recorded: 'unless-auto' },
  /** Saves a dashboard (Grafana JSON) for this learner and scenario; a new uid adds a dashboard. */
  'dashboard.save': { input: z.strictObject({ dashboard: z.unknown() }), recorded: 'never' },
  /** Drops the learner's saved copy: the scenario's dashboard again, or null when the dashboard was the learner's own. */
  'dashboard.reset': { input: z.strictObject({ uid: z.string().min(1, 'required').max(40) }), recorded: 'never' },
  /**
   * Log events matching a KQL query in [from, to] (unix ms, inclusive; `to` defaults to the sim's now),
   * newest first, `limit` of them from `offset` on; the total is always counted. Optionally the hit
   * histogram (about `buckets` bars on Kibana's interval steps), the sidebar's field summaries over the
   * newest `sample` hits, and each hit's highlighted matches. A search the learner runs is a drill event;
   * panel refreshes, live tail and scrolling say `auto`.
   */
  'logs.query': {
    input: z.strictObject({
      query: z.string().max(10_000, 'longer than 10,000 characters').default(''),
      from: z.number().finite().optional(),
      to: z.number().finite().optional(),
      limit: z.int().min(1).max(1000).default(100),
      offset: z.int().min(0).max(100_000_000).default(0),
      histogram: z.boolean().default(false),
      buckets: z.int().min(1).max(100).default(50),
      fields: z.boolean().default(false),
      sample: z.int().min(1).max(5000).default(500),
      highlight: z.boolean().default(false),
      auto: z.boolean().default(false),
    }),
    recorded: 'unless-auto',
  },
  /** The events around one (Kibana's surrounding documents): `before` older and `after` newer, ignoring the query. */
  'logs.context': {
    input: z.strictObject({ id: z.int().min(0), before: z.int().min(0).max(500).default(5), after: z.int().min(0).max(500).default(5), auto: z.boolean().default(false) }),
    recorded: 'unless-auto',
  },
  /** Every field the drill's logs hold, with its type and how many events hold it (completion, field list). */
  'logs.fields': { input: nothing, recorded: 'never' },
  /** A field's values starting with `prefix`, most frequent first (completion). */
  'logs.values': {
    input: z.strictObject({ field: z.string().min(1, 'required').max(500), prefix: z.string().max(500).default(''), limit: z.int().min(1).max(100).default(20) }),
    recorded: 'never',
  },
  /** The hits of a query counted over time per value of a field (Discover's "Visualize"). */
  'logs.fieldOverTime': {
    input: z.strictObject({
      query: z.string().max(10_000, 'longer than 10,000 characters').default(''),
      field: z.string().min(1, 'required').max(500),
      from: z.number().finite().optional(),
      to: z.number().finite().optional(),
      top: z.int().min(1).max(10).default(5),
      buckets: z.int().min(1).max(100).default(50),
      auto: z.boolean().default(false),
    }),
    recorded: 'unless-auto',
  },
  /** The learner's saved searches (Kibana's saved Discover sessions), by name. */
  'logs.savedSearches': { input: nothing, recorded: 'never' },
  /** Saves (or replaces, by name) a search: query, columns and optionally its time range. */
  'logs.saveSearch': {
    input: z.strictObject({
      name: z.string().trim().min(1, 'required').max(100, 'longer than 100 characters'),
      query: z.string().max(10_000, 'longer than 10,000 characters'),
      columns: z.array(z.string().min(1).max(500)).max(50).default([]),
      time: z.strictObject({ from: z.string().min(1).max(100), to: z.string().min(1).max(100) }).optional(),
    }),
    recorded: 'never',
  },
  'logs.deleteSearch': { input: z.strictObject({ name: z.string().min(1, 'required').max(100) }), recorded: 'never' },
  /** Instructor console (issue 12): every request but setPin/unlock/status is refused until the PIN is given. */
  'instructor.status': { input: nothing, recorded: 'never' },
  /** Sets the PIN (the first time freely; to change it the console must be unlocked). Stored salted and hashed. */
  'instructor.setPin': { input: z.strictObject({ pin: instructorPin }), recorded: 'never' },
  'instructor.unlock': { input: z.strictObject({ pin: z.string().max(64) }), recorded: 'never' },
  'instructor.view': { input: nothing, recorded: 'never' },
  /** Pause (0), resume or change the speed; logged as drill.clock marked `by: 'instructor'`. */
  'instructor.clock': {
    input: z.strictObject({ speed: z.union(CLOCK_SPEEDS.map((s) => z.literal(s)), { message: `must be one of ${CLOCK_SPEEDS.join(', ')}` }) }),
    recorded: 'always',
  },
  /** Posts a message from the scenario's script library now, by its script id. */
  'instructor.inject': { input: z.strictObject({ message: z.string().min(1, 'required').max(100) }), recorded: 'always' },
  'instructor.hint': { input: nothing, recorded: 'always' },
  /** Starts a fault from the scenario's library (its faults with trigger `injected`) now, by its id. */
  'instructor.injectFault': { input: z.strictObject({ fault: z.string().min(1, 'required').max(100) }), recorded: 'always' },
  'instructor.end': { input: nothing, recorded: 'always' },
  /** Chooses the dashboard the projector shows beside the timeline (null: none). Presentation only, not logged. */
  'instructor.project': { input: z.strictObject({ dashboard: z.string().min(1).max(200).nullable() }), recorded: 'never' },
  /** What the projector shows besides the drill's own view: the dashboard the instructor chose. No PIN needed. */
  'projector.state': { input: nothing, recorded: 'never' },
  /**
   * Re-scores imported attempts that were filed unscored because their scenario version was not installed, now that
   * it may be; one outcome per such attempt.
   */
  'grade.rescore': { input: nothing, recorded: 'never' },
} as const;

export type RequestName = keyof typeof requestSpecs;

/** What the instructor console shows: the learner's view plus the hidden truth and what the instructor can send. */
export type InstructorView = {
  learner: DrillView;
  speed: number;
  /** The speed Resume goes back to: the last one before a pause (1 when the clock never ran faster). */
  resumeSpeed: 1 | 10 | 60;
  faults: { id: string; kind: string; target: string; redHerring: boolean; state: 'waiting' | 'active' | 'cleared'; startedAt?: number; clearedAt?: number }[];
  /** The expert's way out (the scenario's debrief mitigation), when the scenario has one. */
  nextStep: string | null;
  library: { id: string; from: string; text: string; question: boolean }[];
  hints: { revealed: string[]; left: number };
  interventions: { seq: number; t: number; label: string }[];
  /** The scenario's fault library (faults that start only when injected), with whether each has been. */
  faultLibrary: { id: string; title: string; kind: string; target: string; state: 'waiting' | 'injected' | 'active' | 'cleared' }[];
  /** The dashboard the projector shows, if any, and the dashboards there are to choose from. */
  projection: ProjectorState;
  dashboards: { uid: string; title: string }[];
  /** The ideal path's next step: the first criterion the expert earned that the learner has not earned yet. */
  idealNext: IdealNext;
};

/**
 * The next step on the ideal path (the scenario's expert script played on the drill's seed and level): `building`
 * while that run is being played (once per scenario, seed and level), `unavailable` when there is none to follow,
 * `caught-up` when nothing the expert earned is left that the learner can still earn, else the first criterion
 * the learner can still earn in the order the expert earned them, with the expert's action that earned it and its
 * sim time. Both list in `passed` the expert's steps the learner missed and can no longer earn (their window
 * closed), in the expert's order, so the instructor steers past them.
 */
export type IdealNext =
  | { status: 'building' }
  | { status: 'unavailable'; reason: string }
  | { status: 'caught-up'; steps: number; passed: PassedStep[] }
  | {
      status: 'next';
      criterion: string;
      category: string;
      points: number;
      /** What the rubric tells a learner who missed it. */
      advice: string;
      /** The expert's action that earned it: its type and its text (a command, an alert name, a message). */
      actionType: string;
      action: string;
      t: number;
      /** Criteria the expert earned that the learner has not and still can, this one included. */
      remaining: number;
      passed: PassedStep[];
    };

/** An expert step the learner missed for good: the criterion, the points the expert earned, why it is out of reach. */
export type PassedStep = { criterion: string; points: number; reason: string };

/** What the projector shows besides the drill's view: the dashboard the instructor chose (uid and title), or none. */
export type ProjectorState = { dashboard: { uid: string; title: string } | null };

/** What re-scoring one imported attempt gave: its score now, or why it still cannot be re-scored. */
export type GradeRescoreOutcome =
  | { attempt: number; learner: string; scenario: string; status: 'rescored'; score: { total: number; max: number }; flags: string[] }
  | { attempt: number; learner: string; scenario: string; status: 'still-missing'; reason: string };
export type InstructorStatus = { pinSet: boolean; unlocked: boolean; drill: boolean };

/** What a caller sends for each request (before defaults are applied). */
export type RequestInput<K extends RequestName> = z.input<(typeof requestSpecs)[K]['input']>;

/** What a handler receives for each request (after validation and defaults). */
export type ValidInput<K extends RequestName> = z.output<(typeof requestSpecs)[K]['input']>;

/** A difficulty level as the picker offers it: what it is called, what it changes. */
export type DifficultySummary = { id: string; label: string; description: string; noise: number; redHerrings: 'all' | 'none' | string[]; hints: number | null; deadlines: number };

export type ScenarioSummary = {
  id: string;
  version: string;
  title: string;
  summary: string;
  seed: number;
  duration: string;
  difficulties: DifficultySummary[];
  defaultDifficulty: string;
  /** How many hints the scenario has (a level's budget reveals at most that many). */
  hintCount: number;
};

export type ScenarioProblemReport = { folder: string; file: string; path: string; reason: string };

/** What an import did: the scenario it added (also listed from then on), or the problems that kept it out. */
export type ScenarioImport = { imported?: ScenarioSummary; problems: ScenarioProblemReport[] };

export type DrillStarted = { scenario: string; version: string; seed: number; title: string; difficulty: string };

/** The postmortem editor's state: the document to show, the last save (null before the first) and the review of the document. */
export type PostmortemState = { document: PostmortemDocument; saved: PostmortemSave | null; review: PostmortemReview; hasTruth: boolean };
/** One attempt as history lists it; `scenarioAvailable` false when its scenario version is no longer installed. */
export type AttemptSummary = {
  id: number;
  learner: string;
  scenario: string;
  version: string;
  title: string;
  seed: number;
  difficulty: string;
  /** Wall-clock ISO times. */
  startedAt: string;
  endedAt: string | null;
  status: 'running' | 'ended';
  score: { total: number; max: number } | null;
  scenarioAvailable: boolean;
};

/** A learner profile: name, optional student id, when created and how many attempts they have. */
export type LearnerProfile = { name: string; studentId: string | null; createdAt: string; attempts: number };
/** Every profile, and the learner new drills are played as (who may not have a profile until their first drill). */
export type LearnerList = { learners: LearnerProfile[]; current: string };
/** What deleting a learner removed, and who new drills are played as now. */
export type LearnerDeleted = { name: string; attempts: number; events: number; savedDashboards: number; savedSearches: number; current: string };
/** A resumed attempt: where its clock picked up (its last logged event) and the speed it runs at (the last one chosen). */
export type AttemptResumed = DrillStarted & { attempt: number; resumedAt: number; speed: number; speedBy: SpeedSetter };
export type Settings = { theme: (typeof THEMES)[number]; textSize: (typeof TEXT_SIZES)[number]; defaultSpeed: (typeof DEFAULT_SPEEDS)[number] };

/** A logged event as the replay's scrubber lists it (jump to any event). */
export type ReplayMark = { seq: number; t: number; type: string; label: string };

/**
 * An opened replay. When the attempt's scenario version is missing it cannot be re-derived: `available` is false,
 * the reason says so, and the stored events are offered as they are.
 */
export type ReplayOpened =
  | { available: true; attempt: number; scenario: string; version: string; title: string; endsAt: number; startUnixMs: number; marks: ReplayMark[] }
  | { available: false; attempt: number; scenario: string; version: string; reason: string; events: DrillEvent[] };

/** One command in the terminal's transcript: when it ran, the prompt it ran at, what it printed. */
export type TranscriptEntry = { seq: number; at: number; prompt: string; command: string; output: string; exitCode: number };

/** A save: which event it was, the review and the attempt's score with it (the postmortem criteria move). */
export type PostmortemSaved = { saved: PostmortemSave; review: PostmortemReview; score: ScoreReport };

/**
 * What importing one bundle did: filed as a new attempt (its re-derived score, null when its scenario version is
 * not installed), found already imported (same chain head), or refused with the reason.
 */
export type GradeImportOutcome =
  | { file: string; status: 'imported'; attempt: number; learner: string; scenario: string; score: { total: number; max: number } | null; flags: string[] }
  | { file: string; status: 'already'; attempt: number; flags: string[] }
  | { file: string; status: 'error'; reason: string };

/** What each request answers with. */
export type RequestOutputs = {
  'scenario.list': ScenarioSummary[];
  'scenario.problems': ScenarioProblemReport[];
  'scenario.import': ScenarioImport;
  'drill.start': DrillStarted;
  'drill.view': DrillView;
  'drill.actAs': Extract<ActionOutcome, { type: 'team.switch' }>;
  'drill.clock': Extract<ActionOutcome, { type: 'drill.clock' }>;
  'drill.end': ScoreReport;
  'terminal.exec': Extract<ActionOutcome, { type: 'terminal.exec' }>;
  'terminal.interrupt': Extract<ActionOutcome, { type: 'terminal.interrupt' }>;
  'terminal.poll': TerminalPoll;
  'terminal.complete': TerminalCompletion;
  'terminal.state': TerminalState;
  'operation.run': Extract<ActionOutcome, { type: 'operation.run' }>;
  'alert.acknowledge': Extract<ActionOutcome, { type: 'alert.acknowledge' }>;
  'page.acknowledge': Extract<ActionOutcome, { type: 'page.acknowledge' }>;
  'silence.create': Extract<ActionOutcome, { type: 'silence.create' }>;
  'silence.expire': Extract<ActionOutcome, { type: 'silence.expire' }>;
  'rules.add': Extract<ActionOutcome, { type: 'rules.add' }>;
  'rules.preview': RulePreview;
  'runbook.get': Runbook;
  'alerting.lab': LabReport;
  'incident.resolve': IncidentOutcome;
  'incident.declare': IncidentOutcome;
  'incident.severity': IncidentOutcome;
  'incident.status': IncidentOutcome;
  'incident.assign': IncidentOutcome;
  'incident.update': IncidentOutcome;
  'chat.post': IncidentOutcome;
  'statuspage.update': IncidentOutcome;
  'incident.note': IncidentOutcome;
  'timeline.mark': IncidentOutcome;
  'hint.request': IncidentOutcome;
  'checklist.toggle': IncidentOutcome;
  'incident.view': IncidentView;
  'incident.timeline': TimelineEntry[];
  'score.get': ScoreReport;
  'postmortem.get': PostmortemState;
  'postmortem.review': PostmortemReview;
  'postmortem.save': PostmortemSaved;
  'postmortem.export': { filename: string; markdown: string };
  'debrief.get': Debrief;
  'attempt.list': AttemptSummary[];
  'replay.open': ReplayOpened;
  'replay.seek': DrillView;
  'replay.transcript': TranscriptEntry[];
  'replay.close': boolean;
  'attempt.exportBundle': { filename: string; json: string };
  'grade.import': GradeImportOutcome[];
  'grade.report': { filename: string; content: string; attempts: number };
  'grade.attemptReport': { filename: string; html: string };
  'grade.attemptPdf': { filename: string; base64: string };
  'learner.list': LearnerList;
  'learner.create': LearnerProfile;
  'learner.select': LearnerList;
  'learner.delete': LearnerDeleted;
  'attempt.resume': AttemptResumed;
  'settings.get': Settings;
  'settings.update': Settings;
  'promql.query': PromqlResult;
  'promql.queryRange': PromqlResult;
  'promql.labels': string[];
  'promql.labelValues': string[];
  'promql.series': Record<string, string>[];
  'targets.list': TargetsStatus;
  'dashboard.list': DashboardSummary[];
  'dashboard.open': DashboardDocument;
  'dashboard.save': DashboardSaved;
  'dashboard.reset': DashboardDocument | null;
  'logs.query': LogSearchResult;
  'logs.context': LogContext;
  'logs.fields': LogFieldInfo[];
  'logs.values': string[];
  'logs.fieldOverTime': LogFieldOverTime;
  'logs.savedSearches': SavedSearch[];
  'logs.saveSearch': SavedSearch;
  'logs.deleteSearch': boolean;
  'instructor.status': InstructorStatus;
  'instructor.setPin': InstructorStatus;
  'instructor.unlock': InstructorStatus;
  'instructor.view': InstructorView;
  'instructor.clock': Extract<ActionOutcome, { type: 'drill.clock' }>;
  'instructor.inject': Extract<ActionOutcome, { type: 'instructor.inject' }>;
  'instructor.hint': Extract<ActionOutcome, { type: 'instructor.hint' }>;
  'instructor.injectFault': Extract<ActionOutcome, { type: 'instructor.injectFault' }>;
  'instructor.project': ProjectorState;
  'projector.state': ProjectorState;
  'grade.rescore': GradeRescoreOutcome[];
  'instructor.end': ScoreReport;
};

/** The incident workspace's whole state plus what does not change during a drill: the roster, cadence, roles' holders. */
export type IncidentView = IncidentSnapshot & {
  learner: string;
  team: TeammateSpec[];
  stakeholders: StakeholderSpec[];
  /** Update cadence per severity in ms (null: no reminders), and how soon the initial report is due. */
  cadenceMs: Record<Severity, number | null>;
  initialReportWithinMs: number;
  /** The status page's public components (names) and the services behind each. */
  components: { name: string; services: string[] }[];
  services: string[];
};

/** Where a dashboard comes from: the scenario's file, the scenario's file with the learner's edits, or the learner's own. */
export type DashboardSource = 'scenario' | 'saved' | 'learner';
export type DashboardSummary = { uid: string; title: string; tags: string[]; source: DashboardSource; file?: string };
export type DashboardDocument = DashboardSummary & { dashboard: Dashboard; warnings: DashboardProblem[] };
export type DashboardSaved = { uid: string; savedAt: string; warnings: DashboardProblem[] };
/** A search the learner saved: its query, chosen columns and, when saved with one, its time range (Grafana time text). */
export type SavedSearch = { name: string; query: string; columns: string[]; time?: { from: string; to: string }; savedAt: string };

/** Output a following command produced since the last poll; `following` false once it ended. */
export type TerminalPoll = { output: string; following: boolean; exitCode?: number; prompt: string };
/** Candidates for the word that starts at `from` (the renderer replaces line[from..cursor]). */
export type TerminalCompletion = { from: number; candidates: string[] };
export type TerminalState = { prompt: string; history: string[]; following: boolean };

/** A scenario runbook: its path in the scenario folder and its Markdown. */
export type Runbook = { path: string; markdown: string };

/** A query's answer in the Prometheus HTTP API's `data` shape (values as strings, times in seconds). */
export type PromqlResult = ApiData;

export function isRequestName(name: string): name is RequestName {
  return Object.hasOwn(requestSpecs, name);
}
