import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import type { ClassroomView } from './classroom';
import { applicationMenuTemplate } from './menu-template';

const submenu = (item: MenuItemConstructorOptions | undefined) => (item?.submenu ?? []) as MenuItemConstructorOptions[];

describe('applicationMenuTemplate', () => {
  it('has a Classroom menu whose items open the instructor console and the projector', () => {
    const opened: ClassroomView[] = [];
    const template = applicationMenuTemplate((view) => opened.push(view), { platform: 'linux', developer: false });
    const classroom = submenu(template.find((m) => m.label === 'Classroom'));
    expect(classroom.map((i) => [i.label, i.accelerator])).toEqual([
      ['Instructor console', 'CmdOrCtrl+Shift+1'],
      ['Projector window', 'CmdOrCtrl+Shift+2'],
    ]);
    for (const item of classroom) (item.click as () => void)();
    expect(opened).toEqual(['instructor', 'projector']);
  });

  it('keeps the Edit, View and Window roles so copy, paste and zoom work', () => {
    const template = applicationMenuTemplate(() => undefined, { platform: 'linux', developer: false });
    expect(template.map((m) => m.role ?? m.label)).toEqual(['fileMenu', 'editMenu', 'View', 'Classroom', 'windowMenu']);
    const view = submenu(template.find((m) => m.label === 'View')).map((i) => i.role).filter(Boolean);
    expect(view).toEqual(['resetZoom', 'zoomIn', 'zoomOut', 'togglefullscreen']);
  });

  it('uses the app menu on macOS and offers reload and developer tools only while developing', () => {
    const template = applicationMenuTemplate(() => undefined, { platform: 'darwin', developer: true });
    expect(template[0]?.role).toBe('appMenu');
    expect(submenu(template.find((m) => m.label === 'View')).map((i) => i.role)).toContain('toggleDevTools');
  });

  it('gives no two items the same accelerator', () => {
    const template = applicationMenuTemplate(() => undefined, { platform: 'linux', developer: true });
    const accelerators = template.flatMap((m) => submenu(m)).map((i) => i.accelerator).filter((a): a is string => a !== undefined);
    expect(new Set(accelerators).size).toBe(accelerators.length);
  });
});
