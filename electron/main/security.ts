import { app, session, shell } from 'electron';
import type { WebContents } from 'electron';
import { classroomViewOf } from './classroom';
import type { ClassroomView } from './classroom';

/** The Content-Security-Policy for every page the app shows: only its own bundled files, no remote content. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

export type WindowPolicy = {
  /** The app's page as a file URL: the only page a classroom window may show. */
  appPageUrl: string;
  /** Opens (or focuses) the classroom window a page asked for with window.open. */
  openClassroom(view: ClassroomView): void;
};

/**
 * Denies every permission request, navigation away from the app, and new windows, for all web contents — except
 * the app's own classroom pages (`index.html?view=instructor|projector`), which the shell opens itself so they
 * get the hardened window options rather than whatever window.open asked for.
 */
export function applySecurityPolicy(policy: WindowPolicy): void {
  session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.defaultSession.setPermissionCheckHandler(() => false);
  session.defaultSession.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] } });
  });
  app.on('web-contents-created', (_event, contents: WebContents) => {
    contents.on('will-navigate', (event) => event.preventDefault());
    contents.on('will-attach-webview', (event) => event.preventDefault());
    contents.setWindowOpenHandler(({ url }) => {
      const view = classroomViewOf(url, policy.appPageUrl);
      if (view) policy.openClassroom(view);
      // Links to documentation open in the user's browser, never inside the app.
      else if (url.startsWith('https://')) void shell.openExternal(url);
      return { action: 'deny' };
    });
  });
}
