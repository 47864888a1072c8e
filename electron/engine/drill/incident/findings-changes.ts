import { ago } from './findings-format';
import type { TaskReport, WorldProbe } from './ports';
import { worstService } from './findings-service';

/** How far back "what changed" looks across every service when no service is named. */
const RECENT_MS = 60 * 60_000;
/** The log window a teammate searches: the last 10 minutes, as Discover's quick range. */
const LOG_WINDOW_MS = 10 * 60_000;

/**
 * Recent deploys as `kubectl rollout history` shows them, with the author and change summary the deploy
 * pipeline records: for a named service its last revisions, else every service deployed in the last hour.
 */
export function checkDeploys(probe: WorldProbe, target: string | undefined): TaskReport {
  const services = [...probe.world.services.values()].filter((s) => !s.spec.external && (!target || s.spec.name === target));
  const queries = services.map((s) => `kubectl rollout history deployment/${s.spec.name} -n ${s.spec.namespace}`);
  const line = (service: string, r: { version: string; at: number; author: string; summary: string }): string =>
    `${service} ${r.version} deployed ${ago(probe.now, r.at)} by ${r.author} — "${r.summary}"`;
  if (target) {
    const service = services[0];
    if (!service) return { text: `${target} is not a deployment; it has no rollout history.`, queries };
    const revisions = service.revisions;
    const current = revisions[revisions.length - 1];
    if (!current) return { text: `${target} has no rollout history.`, queries };
    const previous = [...revisions].reverse().find((r) => r.version !== current.version);
    const recent = probe.now - current.at <= RECENT_MS ? 'This is recent.' : 'Nothing changed in the last hour.';
    return { text: `${line(target, current)}${previous ? ` (previous: ${previous.version}, ${ago(probe.now, previous.at)} by ${previous.author})` : ''}. ${recent}`, queries };
  }
  const recent = services
    .flatMap((s) => s.revisions.filter((r) => r.at <= probe.now && probe.now - r.at <= RECENT_MS).map((r) => ({ service: s.spec.name, r })))
    .sort((a, b) => b.r.at - a.r.at || (a.service < b.service ? -1 : 1));
  if (recent.length > 0) return { text: `Deploys in the last hour: ${recent.map((d) => line(d.service, d.r)).join('; ')}.`, queries };
  const latest = services
    .flatMap((s) => s.revisions.slice(-1).map((r) => ({ service: s.spec.name, r })))
    .sort((a, b) => b.r.at - a.r.at)[0];
  return { text: `No deploys in the last hour.${latest ? ` The latest: ${line(latest.service, latest.r)}.` : ''}`, queries };
}

/**
 * Error-level logs of the last 10 minutes: how many, from which services, and the commonest error message
 * of the noisiest (or the named) service.
 */
export function checkLogs(probe: WorldProbe, target: string | undefined): TaskReport {
  const all = 'log.level:error';
  const byService = probe.logs(all, LOG_WINDOW_MS, 'service.name');
  const focus = target ?? byService.top[0]?.value ?? worstService(probe);
  const scoped = focus ? `log.level:error and service.name:${JSON.stringify(focus)}` : all;
  const queries = [all, ...(focus ? [scoped] : [])];
  if (byService.total === 0) return { text: 'No error logs in the last 10 minutes.', queries };
  const services = byService.top.slice(0, 3).map((t) => `${t.value} ${t.count}`).join(', ');
  const head = `${byService.total} error log${byService.total === 1 ? '' : 's'} in the last 10 minutes (${services})`;
  if (!focus) return { text: `${head}.`, queries };
  const messages = probe.logs(scoped, LOG_WINDOW_MS, 'error.message');
  if (messages.total === 0) return { text: `${head}; none from ${focus}.`, queries };
  const top = messages.top[0];
  const share = top ? ` Most common on ${focus}: "${top.value}" (${top.count} of ${messages.total}).` : '';
  return { text: `${head}.${share}`, queries };
}
