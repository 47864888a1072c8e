/**
 * Two learner rule files for checkout-bad-deploy that the lab tells apart: the docs, tests and benchmark use
 * them as the canonical good and noisy answer.
 */

/** Uses the scenario's own recording rule; waits a minute; says what and where to look. */
export const GOOD_CHECKOUT_RULE = `groups:
  - name: learner
    rules:
      - alert: CheckoutErrors
        expr: service:http_request_errors:ratio_rate5m{service="checkout"} > 0.05
        for: 1m
        labels: { severity: page }
        annotations:
          summary: "{{ $value | humanizePercentage }} of checkout requests fail"
          runbook_url: https://runbooks.example.invalid/checkout/high-error-rate
`;

/** No for, no annotations, and a threshold the normal 0.2% error rate crosses: it pages without the fault. */
export const NOISY_CHECKOUT_RULE = `groups:
  - name: learner
    rules:
      - alert: CheckoutErrors
        expr: service:http_request_errors:ratio_rate5m{service="checkout"} > 0.0001
        for: 0s
`;
