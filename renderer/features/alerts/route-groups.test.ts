import { expect, it } from 'vitest';
import { mergeRouteGroups } from './route-groups';

const labels = { alertname: 'CheckoutHighErrorRate', service: 'checkout' };

it('shows one alert routed to several receivers once, naming every receiver', () => {
  const shown = mergeRouteGroups([
    { receiver: 'incident-bot', groupKey: '{}/{}:{a}', groupLabels: labels, alerts: ['f1'] },
    { receiver: 'checkout-pager', groupKey: '{}/{b}:{a}', groupLabels: { service: 'checkout', alertname: 'CheckoutHighErrorRate' }, alerts: ['f1'] },
    { receiver: 'team-checkout-chat', groupKey: '{}/{c}:{a}', groupLabels: labels, alerts: ['f1', 'f2'] },
  ]);
  expect(shown.map((g) => [g.receivers, g.alerts])).toEqual([
    [['incident-bot', 'checkout-pager'], ['f1']],
    [['team-checkout-chat'], ['f1', 'f2']],
  ]);
});
