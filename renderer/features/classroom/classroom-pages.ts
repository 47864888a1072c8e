/** The classroom pages the learner's app can open, as the shell names them (restated: the renderer imports no shell code). */
export const CLASSROOM_PAGES = [
  { view: 'instructor', label: 'Instructor console', target: 'firedrill-instructor' },
  { view: 'projector', label: 'Projector window', target: 'firedrill-projector' },
] as const;
export type ClassroomPage = (typeof CLASSROOM_PAGES)[number];

/**
 * The address of a classroom page, from the page the learner is on: the same page with `view` set. Whatever
 * else the address carries stays (the browser harness's access token); the fragment does not.
 */
export function classroomPageUrl(currentHref: string, view: ClassroomPage['view']): string {
  const url = new URL(currentHref);
  url.searchParams.set('view', view);
  url.hash = '';
  return url.href;
}

/**
 * Opens a classroom page as its own named window (one of each: asking again focuses it). In the desktop app the
 * shell intercepts this and opens the real window; in the browser harness it is a second page.
 */
export function openClassroomPage(win: Pick<Window, 'open' | 'location'>, page: ClassroomPage): void {
  const opened = win.open(classroomPageUrl(win.location.href, page.view), page.target);
  opened?.focus();
}
