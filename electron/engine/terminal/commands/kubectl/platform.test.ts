import { describe } from 'vitest';
import { lineCases } from '../../transcripts/line-cases';
import type { LineCase } from '../../transcripts/line-cases';


const PARTITION = [{ id: 'p', kind: 'network-partition', target: 'api->payments', trigger: { at: '0s' } }];
const BOTS = [{ id: 'b', kind: 'traffic-spike', target: 'api', trigger: { at: '0s' }, params: { source: 'bot', ramp: '0s' } }];

/** kubectl's platform objects and the subcommands added for mitigations: output, exit status, operation run. */
const CASES: LineCase[] = [
  // set env
  { line: 'kubectl set env deployment/api --list', output: '# deployment api, container api\nDB_POOL_SIZE=10\n# api-config (ConfigMap)\npayments.timeout_ms=2000' },
  { line: 'kubectl set env deployment/api', output: 'error: at least one environment variable must be provided', exitCode: 1 },
  { line: 'kubectl set env deployment/nope A=1', output: 'Error from server (NotFound): deployments.apps "nope" not found', exitCode: 1 },
  { line: 'kubectl set image deployment/api api=x', output: /^error: unknown command "image" for "kubectl set"/, exitCode: 1 },
  { line: 'kubectl set env deployment/api DB_POOL_SIZE=lots', output: 'error: DB_POOL_SIZE must be a whole number of connections', exitCode: 1 },
  { line: 'kubectl set env deployment/api DB_POOL_SIZE=20', output: 'deployment.apps/api env updated', operation: 'raise-pool api' },
  { line: 'kubectl set env deployment/api FEATURE_X=on', output: 'deployment.apps/api env updated', operation: 'config-set api' },
  { line: 'kubectl set env deployment/api payments.timeout_ms-', output: 'deployment.apps/api env updated', operation: 'config-revert api' },
  { line: 'kubectl set env deployment/api payments.timeout_ms=2000', output: 'deployment.apps/api env updated', operation: 'config-revert api' },
  // annotate
  { line: 'kubectl annotate ingress api nginx.ingress.kubernetes.io/limit-rps=50', output: 'ingress.networking.k8s.io/api annotated', operation: 'rate-limit api' },
  { line: 'kubectl annotate ingress/api nginx.ingress.kubernetes.io/limit-rps=many', output: /denied the request: nginx.ingress.kubernetes.io\/limit-rps: "many" is not a valid number$/, exitCode: 1 },
  { line: 'kubectl annotate ingress api nginx.ingress.kubernetes.io/denylist-source-range=198.51.100.0/24', output: /^error: waf: no bot signature matches traffic to api/, exitCode: 1, operation: 'block-traffic api' },
  { line: 'kubectl annotate ingress api nginx.ingress.kubernetes.io/denylist-source-range=198.51.100.0/24', faults: BOTS, at: '30s', output: 'ingress.networking.k8s.io/api annotated', operation: 'block-traffic api' },
  { line: 'kubectl annotate ingress api cert-manager.io/cluster-issuer=other', output: /^error: --overwrite is false but found the following declared annotation\(s\): 'cert-manager.io\/cluster-issuer' already has a value \(letsencrypt-prod\)$/, exitCode: 1 },
  { line: 'kubectl annotate pod x a=b', output: /^error: only ingresses can be annotated/, exitCode: 1 },
  { line: 'kubectl annotate ingress worker a=b', output: 'Error from server (NotFound): ingresses.networking.k8s.io "worker" not found', exitCode: 1 },
  // create job
  { line: 'kubectl create job x', output: 'error: either --image or --from must be specified', exitCode: 1 },
  { line: 'kubectl create job --from=cronjob/nightly-export', output: 'error: exactly one NAME is required, got 0', exitCode: 1 },
  { line: 'kubectl create job x --from=cronjob/nope', output: 'error: failed to retrieve cronjob: cronjobs.batch "nope" not found', exitCode: 1 },
  { line: 'kubectl create job x --from=cronjob/nightly-export', output: 'job.batch/x created', operation: 'rerun-job nightly-export' },
  { line: 'kubectl create job w --from=cronjob/sessions-warmer', output: 'job.batch/w created', operation: 'warm-cache sessions' },
  { line: 'kubectl create deployment x', output: /^error: unknown command "deployment" for "kubectl create"/, exitCode: 1 },
  // get, delete, rollout of the platform objects
  { line: 'kubectl get ingress -o name', output: 'ingress.networking.k8s.io/api\ningress.networking.k8s.io/reports' },
  { line: 'kubectl get ing api -o yaml | grep limit-rps', output: '', exitCode: 1 },
  { line: 'kubectl get cronjobs -A', output: /^NAMESPACE +NAME +SCHEDULE +TIMEZONE +SUSPEND +ACTIVE +LAST SCHEDULE +AGE\ndefault +nightly-export +\*\/10 \* \* \* \*/ },
  { line: 'kubectl get jobs', output: /^NAME +COMPLETIONS +DURATION +AGE\nnightly-export-\d+ +1\/1/ },
  { line: 'kubectl get netpol', output: 'No resources found in default namespace.' },
  { line: 'kubectl get networkpolicy nope', output: 'Error from server (NotFound): networkpolicies.networking.k8s.io "nope" not found', exitCode: 1 },
  { line: 'kubectl delete networkpolicy api-egress-deny-payments', faults: PARTITION, at: '10s', answers: ['n'], output: /Do you want to continue\? \(y\/n\): n\n$/ },
  { line: 'kubectl delete netpol/api-egress-deny-payments', faults: PARTITION, at: '10s', output: /networkpolicy.networking.k8s.io "api-egress-deny-payments" deleted$/, operation: 'restore-network api->payments' },
  { line: 'kubectl get pods -n kube-system', output: /^NAME +READY +STATUS +RESTARTS +AGE\ncoredns-\S+ +1\/1 +Running +0 / },
  { line: 'kubectl get deploy -n kube-system', output: /^coredns +2\/2 +2 +2 /m },
  { line: 'kubectl rollout status deployment/coredns -n kube-system', output: 'deployment "coredns" successfully rolled out' },
  { line: 'kubectl rollout restart deployment/coredns -n kube-system', output: 'deployment.apps/coredns restarted' },
  { line: 'kubectl get pods -l app=api -o name | wc -l', output: '3' },
];

describe('kubectl: platform objects and mitigation subcommands', () => {
  lineCases(CASES);
});
