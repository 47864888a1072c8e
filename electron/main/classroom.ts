// Decisions about the classroom windows that need no Electron: kept here so they can be unit-tested where the
// Electron binary cannot run. Only types come from 'electron'.
import type { Rectangle } from 'electron';

export const CLASSROOM_VIEWS = ['instructor', 'projector'] as const;
export type ClassroomView = (typeof CLASSROOM_VIEWS)[number];

export const CLASSROOM_TITLES: Record<ClassroomView, string> = {
  instructor: 'Firedrill — Instructor console',
  projector: 'Firedrill — Projector',
};

/**
 * Which classroom page a window.open URL asks for, if it is one of the app's own: exactly the app's page (same
 * file, compared after URL parsing so `..` or encoding tricks do not pass) with `?view=instructor|projector` and
 * nothing else. Anything else — another file, another scheme, extra parameters, a fragment — is not ours.
 */
export function classroomViewOf(url: string, appPageUrl: string): ClassroomView | undefined {
  let asked: URL;
  let page: URL;
  try {
    asked = new URL(url);
    page = new URL(appPageUrl);
  } catch {
    return undefined;
  }
  if (asked.protocol !== page.protocol || asked.host !== page.host || asked.pathname !== page.pathname) return undefined;
  if (asked.username !== '' || asked.password !== '' || asked.hash !== '') return undefined;
  const params = [...asked.searchParams.keys()];
  if (params.length !== 1 || params[0] !== 'view') return undefined;
  const view = asked.searchParams.get('view');
  return CLASSROOM_VIEWS.find((v) => v === view);
}

export type DisplayArea = { id: number; bounds: Rectangle };

/** Where the projector window goes: full screen on another display, or (one display) a large ordinary window. */
export type ProjectorPlacement = { fullscreen: true; bounds: Rectangle } | { fullscreen: false; width: number; height: number };

/** A projector window on the learner's only screen: large, but leaving the learner's window reachable. */
export const SINGLE_DISPLAY_PROJECTOR = { width: 1280, height: 800 };

/**
 * The first display (in the system's order) that is not the one the learner's window is on: the room's projector
 * is the "other" screen. With a single display (or none known) the projector opens as a normal window.
 */
export function projectorPlacement(displays: readonly DisplayArea[], learnerDisplayId: number | undefined): ProjectorPlacement {
  const other = displays.find((d) => d.id !== learnerDisplayId);
  if (!other || displays.length < 2) return { fullscreen: false, ...SINGLE_DISPLAY_PROJECTOR };
  return { fullscreen: true, bounds: { ...other.bounds } };
}
