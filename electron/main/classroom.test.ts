import { describe, expect, it } from 'vitest';
import { classroomViewOf, projectorPlacement, SINGLE_DISPLAY_PROJECTOR } from './classroom';

const PAGE = 'file:///opt/Firedrill/resources/app.asar/out/renderer/index.html';

describe('classroomViewOf', () => {
  it('recognises the app page asking for the instructor console or the projector', () => {
    expect(classroomViewOf(`${PAGE}?view=instructor`, PAGE)).toBe('instructor');
    expect(classroomViewOf(`${PAGE}?view=projector`, PAGE)).toBe('projector');
  });

  it.each([
    ['another view', `${PAGE}?view=admin`],
    ['no view', PAGE],
    ['an empty view', `${PAGE}?view=`],
    ['an extra parameter', `${PAGE}?view=instructor&token=x`],
    ['the view twice', `${PAGE}?view=instructor&view=projector`],
    ['a fragment', `${PAGE}?view=instructor#x`],
    ['another file in the same folder', 'file:///opt/Firedrill/resources/app.asar/out/renderer/other.html?view=instructor'],
    ['a look-alike file name', 'file:///opt/Firedrill/resources/app.asar/out/x/../renderer/index.html.evil?view=instructor'],
    ['a web page', 'https://example.com/index.html?view=instructor'],
    ['a javascript: URL', 'javascript:alert(1)'],
    ['not a URL at all', '?view=instructor'],
  ])('refuses %s', (_name, url) => {
    expect(classroomViewOf(url, PAGE)).toBeUndefined();
  });

  it('accepts the same page written with a path that resolves to it', () => {
    expect(classroomViewOf('file:///opt/Firedrill/resources/app.asar/out/x/../renderer/index.html?view=projector', PAGE)).toBe('projector');
  });
});

describe('projectorPlacement', () => {
  const laptop = { id: 1, bounds: { x: 0, y: 0, width: 1920, height: 1080 } };
  const projector = { id: 7, bounds: { x: 1920, y: 0, width: 1280, height: 720 } };
  const third = { id: 9, bounds: { x: -1024, y: 0, width: 1024, height: 768 } };

  it('puts the projector full screen on the display the learner is not on', () => {
    expect(projectorPlacement([laptop, projector], 1)).toEqual({ fullscreen: true, bounds: projector.bounds });
    expect(projectorPlacement([laptop, projector], 7)).toEqual({ fullscreen: true, bounds: laptop.bounds });
  });

  it('takes the first other display in the system’s order when there are several', () => {
    expect(projectorPlacement([laptop, third, projector], 1)).toEqual({ fullscreen: true, bounds: third.bounds });
  });

  it('opens a large ordinary window with only one display', () => {
    expect(projectorPlacement([laptop], 1)).toEqual({ fullscreen: false, ...SINGLE_DISPLAY_PROJECTOR });
    expect(projectorPlacement([], undefined)).toEqual({ fullscreen: false, ...SINGLE_DISPLAY_PROJECTOR });
  });

  it('does not share the bounds object it was given', () => {
    const placed = projectorPlacement([laptop, projector], 1);
    expect(placed.fullscreen && placed.bounds).not.toBe(projector.bounds);
  });
});
