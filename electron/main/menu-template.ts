import type { MenuItemConstructorOptions } from 'electron';
import type { ClassroomView } from './classroom';

/**
 * The application menu: the usual Edit, View and Window roles (so copy, paste and zoom work in every window, which
 * a custom menu would otherwise drop) and a Classroom menu that opens or focuses the instructor's windows.
 * Pure data, so it is tested without Electron; `open` is called with the window the item asks for.
 */
export function applicationMenuTemplate(
  open: (view: ClassroomView) => void,
  options: { platform: NodeJS.Platform; developer: boolean },
): MenuItemConstructorOptions[] {
  const mac = options.platform === 'darwin';
  // Reload and the developer tools only while developing: a reload in class would drop what a window was showing.
  const developer: MenuItemConstructorOptions[] = options.developer ? [{ type: 'separator' }, { role: 'reload' }, { role: 'toggleDevTools' }] : [];
  return [
    ...(mac ? [{ role: 'appMenu' as const }] : [{ role: 'fileMenu' as const }]),
    { role: 'editMenu' },
    {
      label: 'View',
      submenu: [{ role: 'resetZoom' }, { role: 'zoomIn' }, { role: 'zoomOut' }, { type: 'separator' }, { role: 'togglefullscreen' }, ...developer],
    },
    {
      label: 'Classroom',
      // Not Ctrl+Shift+I: that is the developer tools' own shortcut on Windows and Linux.
      submenu: [
        { label: 'Instructor console', accelerator: 'CmdOrCtrl+Shift+1', click: () => open('instructor') },
        { label: 'Projector window', accelerator: 'CmdOrCtrl+Shift+2', click: () => open('projector') },
      ],
    },
    { role: 'windowMenu' },
  ];
}
