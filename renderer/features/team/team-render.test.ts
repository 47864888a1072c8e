import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { TeamState } from '../../../electron/contract';
import { TeamSetupForm } from './TeamSetupForm';
import { TeamSwitcher } from './TeamSwitcher';

const team: TeamState = {
  participants: [
    { name: 'Ana', role: 'ic' },
    { name: 'Ben', role: 'comms' },
  ],
  acting: 'Ben',
};

describe('team setup form', () => {
  const html = renderToStaticMarkup(createElement(TeamSetupForm, { title: 'Checkout', onStart: async () => undefined, onCancel: () => undefined }));

  it('is a named form with a labelled name and role per participant, every role offered', () => {
    expect(html).toContain('aria-label="Team drill: Checkout"');
    expect(html).toMatch(/<span class="visually-hidden">Participant 2 <\/span>Name<\/label>/);
    expect(html.match(/<option value="scribe">Scribe<\/option>/g)).toHaveLength(2);
  });

  it('cannot remove below two participants', () => {
    expect(html.match(/aria-label="Remove participant \d"/g)).toHaveLength(2);
    expect(html).toMatch(/<button type="button" disabled="" aria-label="Remove participant 1">/);
  });
});

describe('acting-as switcher', () => {
  it('selects who acts now, lists everyone by role and announces the shortcuts', () => {
    const html = renderToStaticMarkup(createElement(TeamSwitcher, { team, locked: false }));
    expect(html).toContain('<option value="Ben" selected="">Ben — Communications lead</option>');
    expect(html).toContain('aria-keyshortcuts="Alt+1 Alt+2"');
    expect(html).toContain('Alt+1…Alt+2 switches');
  });

  it('offers no switch once locked (an ended drill or a replay)', () => {
    const html = renderToStaticMarkup(createElement(TeamSwitcher, { team, locked: true }));
    expect(html).toMatch(/<select[^>]* disabled=""/);
  });
});
