import { parse as parseYaml } from 'yaml';
import { parseDuration } from '../../promql/parser/duration';
import type { AmMatcher } from './matchers';
import { compile, matchersString, parseMatchers } from './matchers';

/** A configuration problem: where (`route.routes[1].group_wait`) and why (Alertmanager's wording). */
export type ConfigError = { path: string; reason: string };

export type Route = {
  /** Index path from the root, e.g. [] for the root, [1, 0] for routes[1].routes[0]. */
  readonly id: readonly number[];
  readonly receiver: string;
  /** Label names, or `'...'` for every label. */
  readonly groupBy: readonly string[] | '...';
  readonly groupWaitMs: number;
  readonly groupIntervalMs: number;
  readonly repeatIntervalMs: number;
  readonly matchers: readonly AmMatcher[];
  readonly continue: boolean;
  readonly routes: readonly Route[];
  /** Alertmanager's route Key(): the parent's key, '/', this route's matchers. */
  readonly key: string;
};

export type InhibitRule = {
  readonly name?: string;
  readonly sourceMatchers: readonly AmMatcher[];
  readonly targetMatchers: readonly AmMatcher[];
  readonly equal: readonly string[];
};

export const INTEGRATION_KEYS = ['webhook_configs', 'email_configs', 'slack_configs', 'pagerduty_configs'] as const;
export type Receiver = { readonly name: string } & Partial<Record<(typeof INTEGRATION_KEYS)[number], readonly unknown[]>>;

export type AlertmanagerConfig = {
  readonly route: Route;
  readonly inhibitRules: readonly InhibitRule[];
  readonly receivers: readonly Receiver[];
  readonly resolveTimeoutMs: number;
};

export type ConfigResult = { ok: true; config: AlertmanagerConfig } | { ok: false; errors: ConfigError[] };

const ROUTE_FIELDS = new Set([
  'receiver', 'group_by', 'group_wait', 'group_interval', 'repeat_interval', 'matchers', 'match', 'match_re',
  'continue', 'routes', 'mute_time_intervals', 'active_time_intervals',
]);
const TOP_FIELDS = new Set(['global', 'route', 'inhibit_rules', 'receivers', 'templates', 'time_intervals', 'mute_time_intervals']);
const INHIBIT_FIELDS = new Set(['name', 'source_matchers', 'target_matchers', 'equal', 'source_match', 'source_match_re', 'target_match', 'target_match_re']);
const RECEIVER_FIELDS = new Set(['name', ...INTEGRATION_KEYS, 'opsgenie_configs', 'wechat_configs', 'pushover_configs', 'victorops_configs', 'sns_configs', 'telegram_configs', 'webex_configs', 'discord_configs', 'msteams_configs', 'msteamsv2_configs', 'jira_configs', 'rocketchat_configs', 'incidentio_configs']);

const DEFAULTS = { groupWaitMs: 30_000, groupIntervalMs: 300_000, repeatIntervalMs: 4 * 3_600_000 };
const LABEL_NAME = /^[a-zA-Z_][a-zA-Z0-9_]*$/;

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

class Collector {
  readonly errors: ConfigError[] = [];
  add(path: string, reason: string): void {
    this.errors.push({ path, reason });
  }
  fields(o: Obj, allowed: Set<string>, path: string): void {
    for (const k of Object.keys(o)) if (!allowed.has(k)) this.add(`${path}.${k}`, `field ${k} not found in type`);
  }
  duration(v: unknown, path: string): number | undefined {
    if (v === undefined || v === null) return undefined;
    if (typeof v !== 'string') {
      this.add(path, `not a valid duration string: ${JSON.stringify(v)}`);
      return undefined;
    }
    try {
      return parseDuration(v);
    } catch (e) {
      this.add(path, (e as Error).message);
      return undefined;
    }
  }
  stringList(v: unknown, path: string): string[] | undefined {
    if (v === undefined || v === null) return undefined;
    if (!Array.isArray(v) || v.some((x) => typeof x !== 'string')) {
      this.add(path, 'expected a list of strings');
      return undefined;
    }
    return v as string[];
  }
  /** `matchers` (string form) plus the deprecated `match` / `match_re` maps. */
  matchers(o: Obj, path: string, keys: [string, string, string]): AmMatcher[] {
    const [mKey, eqKey, reKey] = keys;
    const out: AmMatcher[] = [];
    const list = this.stringList(o[mKey], `${path}.${mKey}`) ?? [];
    list.forEach((s, i) => {
      try {
        out.push(...parseMatchers(s));
      } catch (e) {
        this.add(`${path}.${mKey}[${i}]`, (e as Error).message);
      }
    });
    for (const [key, type] of [[eqKey, '='], [reKey, '=~']] as const) {
      const map = o[key];
      if (map === undefined || map === null) continue;
      if (!isObj(map)) {
        this.add(`${path}.${key}`, 'expected a map of label name to value');
        continue;
      }
      for (const name of Object.keys(map).sort()) {
        if (!LABEL_NAME.test(name)) this.add(`${path}.${key}.${name}`, `invalid label name ${JSON.stringify(name)}`);
        try {
          out.push(compile(type, name, String(map[name])));
        } catch (e) {
          this.add(`${path}.${key}.${name}`, (e as Error).message);
        }
      }
    }
    return out;
  }
}

type Parent = Omit<Route, 'matchers' | 'continue' | 'routes' | 'id'> | undefined;

function parseRoute(c: Collector, raw: unknown, path: string, parent: Parent, id: number[]): Route {
  const o = isObj(raw) ? raw : {};
  if (!isObj(raw)) c.add(path, 'route must be a map');
  c.fields(o, ROUTE_FIELDS, path);
  const matchers = c.matchers(o, path, ['matchers', 'match', 'match_re']);
  let groupBy: readonly string[] | '...' | undefined;
  const gb = c.stringList(o.group_by, `${path}.group_by`);
  if (gb) {
    if (gb.includes('...')) {
      if (gb.length > 1) c.add(`${path}.group_by`, 'cannot have wildcard group_by (`...`) and other other labels at the same time');
      groupBy = '...';
    } else {
      const seen = new Set<string>();
      for (const l of gb) {
        if (!LABEL_NAME.test(l)) c.add(`${path}.group_by`, `invalid label name ${JSON.stringify(l)} in group_by list`);
        if (seen.has(l)) c.add(`${path}.group_by`, `duplicated label ${JSON.stringify(l)} in group_by`);
        seen.add(l);
      }
      groupBy = gb;
    }
  }
  if (o.receiver !== undefined && typeof o.receiver !== 'string') c.add(`${path}.receiver`, 'receiver must be a string');
  if (o.continue !== undefined && typeof o.continue !== 'boolean') c.add(`${path}.continue`, 'continue must be a boolean');
  const groupInterval = c.duration(o.group_interval, `${path}.group_interval`);
  const repeatInterval = c.duration(o.repeat_interval, `${path}.repeat_interval`);
  if (groupInterval === 0) c.add(`${path}.group_interval`, 'group_interval cannot be zero');
  if (repeatInterval === 0) c.add(`${path}.repeat_interval`, 'repeat_interval cannot be zero');
  const node = {
    receiver: typeof o.receiver === 'string' ? o.receiver : (parent?.receiver ?? ''),
    groupBy: groupBy ?? parent?.groupBy ?? [],
    groupWaitMs: c.duration(o.group_wait, `${path}.group_wait`) ?? parent?.groupWaitMs ?? DEFAULTS.groupWaitMs,
    groupIntervalMs: groupInterval || (parent?.groupIntervalMs ?? DEFAULTS.groupIntervalMs),
    repeatIntervalMs: repeatInterval || (parent?.repeatIntervalMs ?? DEFAULTS.repeatIntervalMs),
    key: parent ? `${parent.key}/${matchersString(matchers)}` : matchersString(matchers),
  };
  const children = o.routes === undefined || o.routes === null ? [] : o.routes;
  if (!Array.isArray(children)) c.add(`${path}.routes`, 'routes must be a list');
  const routes = (Array.isArray(children) ? children : []).map((r, i) => parseRoute(c, r, `${path}.routes[${i}]`, node, [...id, i]));
  return { ...node, id, matchers, continue: o.continue === true, routes };
}

function walk(r: Route, path: string, f: (r: Route, path: string) => void): void {
  f(r, path);
  r.routes.forEach((child, i) => walk(child, `${path}.routes[${i}]`, f));
}

/** Parses and validates an Alertmanager configuration; every problem found is returned, not thrown. */
export function parseAlertmanagerConfig(text: string): ConfigResult {
  const c = new Collector();
  let doc: unknown;
  try {
    doc = parseYaml(text);
  } catch (e) {
    return { ok: false, errors: [{ path: '', reason: (e as Error).message }] };
  }
  const top = isObj(doc) ? doc : {};
  if (!isObj(doc)) c.add('', 'configuration must be a map');
  c.fields(top, TOP_FIELDS, '');
  const global = isObj(top.global) ? top.global : {};
  const resolveTimeoutMs = c.duration(global.resolve_timeout, 'global.resolve_timeout') ?? 300_000;

  const receivers: Receiver[] = [];
  const names = new Set<string>();
  const rawReceivers = Array.isArray(top.receivers) ? top.receivers : [];
  rawReceivers.forEach((r, i) => {
    const path = `receivers[${i}]`;
    if (!isObj(r)) return c.add(path, 'receiver must be a map');
    c.fields(r, RECEIVER_FIELDS, path);
    if (typeof r.name !== 'string' || r.name === '') return c.add(`${path}.name`, 'missing name in receiver');
    if (names.has(r.name)) c.add(`${path}.name`, `notification config name ${JSON.stringify(r.name)} is not unique`);
    names.add(r.name);
    const rec: Record<string, unknown> = { name: r.name };
    for (const k of INTEGRATION_KEYS) {
      if (r[k] === undefined) continue;
      if (!Array.isArray(r[k])) c.add(`${path}.${k}`, `${k} must be a list`);
      else rec[k] = r[k];
    }
    receivers.push(rec as Receiver);
  });

  if (top.route === undefined || top.route === null) c.add('route', 'no routes provided');
  const route = parseRoute(c, top.route ?? {}, 'route', undefined, []);
  if (top.route !== undefined && top.route !== null) {
    const raw = isObj(top.route) ? top.route : {};
    if (typeof raw.receiver !== 'string' || raw.receiver === '') c.add('route.receiver', 'root route must specify a default receiver');
    if (route.matchers.length > 0) c.add('route', 'root route must not have any matchers');
    if (raw.continue === true) c.add('route.continue', 'cannot have continue in root route');
    walk(route, 'route', (r, path) => {
      if (r.receiver !== '' && !names.has(r.receiver)) c.add(`${path}.receiver`, `undefined receiver ${JSON.stringify(r.receiver)} used in route`);
    });
  }

  const inhibitRules: InhibitRule[] = [];
  const rawRules = Array.isArray(top.inhibit_rules) ? top.inhibit_rules : [];
  rawRules.forEach((r, i) => {
    const path = `inhibit_rules[${i}]`;
    if (!isObj(r)) return c.add(path, 'inhibit rule must be a map');
    c.fields(r, INHIBIT_FIELDS, path);
    const equal = c.stringList(r.equal, `${path}.equal`) ?? [];
    inhibitRules.push({
      ...(typeof r.name === 'string' ? { name: r.name } : {}),
      sourceMatchers: c.matchers(r, path, ['source_matchers', 'source_match', 'source_match_re']),
      targetMatchers: c.matchers(r, path, ['target_matchers', 'target_match', 'target_match_re']),
      equal,
    });
  });

  if (c.errors.length > 0) return { ok: false, errors: c.errors };
  return { ok: true, config: { route, inhibitRules, receivers, resolveTimeoutMs } };
}
