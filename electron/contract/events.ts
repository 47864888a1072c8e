/** Who set the live clock's current speed: the learner (drill.clock) or the instructor console (instructor.clock). */
export type SpeedSetter = 'learner' | 'instructor';

/** Events the back end pushes to every client, by name, with their payloads. */
export type PushEvents = {
  /** The sim clock moved or changed speed; `speedBy` says who set the speed it runs at. */
  'clock.ticked': { now: number; speed: number; speedBy: SpeedSetter; ended: boolean };
  'alert.fired': { alert: string; at: number };
  'alert.resolved': { alert: string; at: number };
  'drill.ended': { at: number };
  /** A receiver delivered a notification (chat, e-mail, pager, webhook). */
  'notification.delivered': { id: string; channel: 'chat' | 'email' | 'pager' | 'webhook'; subject: string; at: number };
};

export type PushEventName = keyof PushEvents;

export const PUSH_EVENT_NAMES: readonly PushEventName[] = ['clock.ticked', 'alert.fired', 'alert.resolved', 'drill.ended', 'notification.delivered'];
