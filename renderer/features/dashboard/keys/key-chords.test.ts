import { describe, expect, it } from 'vitest';
import { feedChord, isTypingTarget } from './key-chords';

describe('key chords', () => {
  it('recognises t z and d k typed in quick succession', () => {
    const t = feedChord(undefined, 't', 0);
    expect(t.action).toBeUndefined();
    expect(feedChord(t.next, 'z', 500).action).toBe('zoomOut');
    expect(feedChord(feedChord(undefined, 'D', 0).next, 'k', 10).action).toBe('kiosk');
  });

  it('ignores a second key that comes too late or belongs to no chord', () => {
    const t = feedChord(undefined, 't', 0);
    expect(feedChord(t.next, 'z', 5000).action).toBeUndefined();
    expect(feedChord(t.next, 'k', 10).action).toBeUndefined();
    expect(feedChord(undefined, 'x', 0).next).toBeUndefined();
  });

  it('treats form fields as typing', () => {
    expect(isTypingTarget({ tagName: 'INPUT' } as unknown as EventTarget)).toBe(true);
    expect(isTypingTarget({ tagName: 'DIV', isContentEditable: false } as unknown as EventTarget)).toBe(false);
    expect(isTypingTarget(null)).toBe(false);
  });
});
