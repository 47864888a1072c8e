import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { ClassroomLinks } from './ClassroomLinks';
import { CLASSROOM_PAGES, classroomPageUrl, openClassroomPage } from './classroom-pages';

describe('classroomPageUrl', () => {
  it('sets the view on the desktop app’s page', () => {
    expect(classroomPageUrl('file:///opt/firedrill/out/renderer/index.html', 'instructor')).toBe('file:///opt/firedrill/out/renderer/index.html?view=instructor');
  });

  it('keeps the harness token, replaces a view already there and drops the fragment', () => {
    expect(classroomPageUrl('http://127.0.0.1:4173/?token=abc-1', 'projector')).toBe('http://127.0.0.1:4173/?token=abc-1&view=projector');
    expect(classroomPageUrl('http://127.0.0.1:4173/?view=instructor&token=t#top', 'projector')).toBe('http://127.0.0.1:4173/?view=projector&token=t');
  });
});

describe('openClassroomPage', () => {
  it('opens each page in its own named window and brings it forward', () => {
    const calls: [string, string][] = [];
    let focused = 0;
    const win = {
      location: { href: 'http://127.0.0.1:1/?token=t' } as Location,
      open: (url?: string | URL, target?: string) => {
        calls.push([String(url), String(target)]);
        return { focus: () => void (focused += 1) } as Window;
      },
    };
    for (const page of CLASSROOM_PAGES) openClassroomPage(win, page);
    expect(calls).toEqual([
      ['http://127.0.0.1:1/?token=t&view=instructor', 'firedrill-instructor'],
      ['http://127.0.0.1:1/?token=t&view=projector', 'firedrill-projector'],
    ]);
    expect(focused).toBe(2);
  });

  it('copes with the desktop shell refusing the window (it opens its own)', () => {
    const win = { location: { href: 'file:///a/index.html' } as Location, open: () => null };
    expect(() => openClassroomPage(win, CLASSROOM_PAGES[0])).not.toThrow();
  });
});

describe('ClassroomLinks', () => {
  it('is a labelled navigation landmark with a button per page', () => {
    const html = renderToStaticMarkup(createElement(ClassroomLinks));
    expect(html).toContain('<nav class="classroom-links" aria-label="Classroom">');
    expect(html).toContain('<button type="button">Instructor console</button><button type="button">Projector window</button>');
  });
});
