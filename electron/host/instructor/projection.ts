import type { InstructorView, ProjectorState } from '../../contract/requests';
import { dashboardDocuments } from '../handlers/dashboard-handlers';
import type { HostContext } from '../handlers/context';

/** The drill's dashboards the instructor may put on the projector (the learner's copies in place of the scenario's). */
export function dashboardChoices(context: HostContext): InstructorView['dashboards'] {
  if (!context.session) return [];
  return dashboardDocuments(context, context.session).map((d) => ({ uid: d.uid, title: d.title }));
}

/** What the projector shows besides the drill: the chosen dashboard while it is still one of the drill's. */
export function projectorState(context: HostContext): ProjectorState {
  const chosen = context.projection === undefined ? undefined : dashboardChoices(context).find((d) => d.uid === context.projection);
  return { dashboard: chosen ?? null };
}
