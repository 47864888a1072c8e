import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { InstructorView } from '../../../electron/contract/requests';
import { ProjectorPanel } from './ProjectorPanel';

const dashboards = [
  { uid: 'service-overview', title: 'Service overview' },
  { uid: 'node', title: 'Node' },
];
const render = (projected: { uid: string; title: string } | null) =>
  renderToStaticMarkup(createElement(ProjectorPanel, { view: { dashboards, projection: { dashboard: projected } } as unknown as InstructorView }));

describe('ProjectorPanel', () => {
  it('offers None first, then the drill’s dashboards, with the projected one chosen', () => {
    const html = render({ uid: 'node', title: 'Node' });
    const options = [...html.matchAll(/<option value="([^"]*)"( selected="")?>([^<]*)<\/option>/g)].map((m) => [m[1], m[3], m[2] !== undefined]);
    expect(options).toEqual([
      ['', 'None', false],
      ['service-overview', 'Service overview', false],
      ['node', 'Node', true],
    ]);
    expect(html).toContain('the alerts, and “Node”.');
  });

  it('says the projector shows only the timeline and alerts when no dashboard is chosen', () => {
    const html = render(null);
    expect(html).toContain('The projector shows the incident timeline and the alerts.');
    expect(html).toMatch(/<option value="" selected="">None<\/option>/);
  });
});
