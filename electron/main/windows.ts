import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { BrowserWindow, screen } from 'electron';
import type { BrowserWindowConstructorOptions, WebPreferences } from 'electron';
import { CLASSROOM_TITLES, projectorPlacement } from './classroom';
import type { ClassroomView } from './classroom';

/** The renderer's one page; every window shows it, the view chosen by `?view=`. */
export const APP_PAGE = join(__dirname, '../renderer/index.html');
export const APP_PAGE_URL = pathToFileURL(APP_PAGE).href;
/** What a request's frame URL must start with to be the app's own page (the slash: not a sibling folder's). */
export const APP_FOLDER_URL = `${pathToFileURL(join(__dirname, '../renderer')).href}/`;

const BACKGROUND = '#111217';

/** The same hardened settings for every window: sandboxed, isolated, no Node, only the contract's bridge. */
export function hardenedWebPreferences(): WebPreferences {
  return {
    preload: join(__dirname, '../preload/index.js'),
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    disableBlinkFeatures: 'Auxclick',
    spellcheck: false,
  };
}

let learnerWindow: BrowserWindow | undefined;
const classroomWindows = new Map<ClassroomView, BrowserWindow>();

export function createLearnerWindow(): BrowserWindow {
  const window = new BrowserWindow({ width: 1440, height: 900, title: 'Firedrill', show: false, backgroundColor: BACKGROUND, webPreferences: hardenedWebPreferences() });
  learnerWindow = window;
  window.on('closed', () => {
    if (learnerWindow === window) learnerWindow = undefined;
  });
  window.once('ready-to-show', () => window.show());
  void window.loadFile(APP_PAGE);
  return window;
}

/** Brings the learner's window forward (a second launch of the app lands here). */
export function focusLearnerWindow(): void {
  if (learnerWindow?.isMinimized()) learnerWindow.restore();
  learnerWindow?.focus();
}

/**
 * Opens the instructor console or the projector, or brings it forward if it is already open (one of each). The
 * projector goes full screen on a display the learner's window is not on, when there is one.
 */
export function openClassroomWindow(view: ClassroomView): BrowserWindow {
  const open = classroomWindows.get(view);
  if (open && !open.isDestroyed()) {
    if (open.isMinimized()) open.restore();
    open.focus();
    return open;
  }
  const window = new BrowserWindow({ ...classroomBounds(view), title: CLASSROOM_TITLES[view], show: false, backgroundColor: BACKGROUND, webPreferences: hardenedWebPreferences() });
  classroomWindows.set(view, window);
  window.on('closed', () => {
    if (classroomWindows.get(view) === window) classroomWindows.delete(view);
  });
  // The page sets its own document title; the window keeps the one that says which window it is.
  window.on('page-title-updated', (event) => event.preventDefault());
  window.once('ready-to-show', () => window.show());
  void window.loadFile(APP_PAGE, { query: { view } });
  return window;
}

function classroomBounds(view: ClassroomView): BrowserWindowConstructorOptions {
  if (view === 'instructor') return { width: 1280, height: 860 };
  const learnerBounds = learnerWindow && !learnerWindow.isDestroyed() ? learnerWindow.getBounds() : undefined;
  const learnerDisplay = learnerBounds ? screen.getDisplayMatching(learnerBounds).id : screen.getPrimaryDisplay().id;
  const placement = projectorPlacement(screen.getAllDisplays(), learnerDisplay);
  if (!placement.fullscreen) return { width: placement.width, height: placement.height };
  return { ...placement.bounds, fullscreen: true };
}
