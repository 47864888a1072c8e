import { describe } from 'vitest';
import { lineCases } from '../../transcripts/line-cases';
import type { LineCase } from '../../transcripts/line-cases';


const DOWN = [{ id: 'down', kind: 'database-down', target: 'orders-db', trigger: { at: '0s' } }];
const POISON = [{ id: 'poison', kind: 'queue-poison', target: 'orders', trigger: { at: '0s' }, params: { partition: 2 } }];
const FILL = [{ id: 'fill', kind: 'disk-fill', target: 'node-a:/', trigger: { at: '0s' }, params: { mb_per_min: 30_000, writer: 'reports' } }];

/** The mitigation tools, line by line: what they print, their exit status, and the operation they ran (if any). */
const CASES: LineCase[] = [
  // patronictl
  { line: 'patronictl list', output: /^\+ Cluster: orders-db \(\d+\) -+\+----\+-----------\+\n\| Member \| Host +\| Role +\| State +\| TL \| Lag in MB \|/ },
  { line: 'patronictl list', output: /^\| db-1 +\| 10\.\S+ +\| Leader +\| running +\| +1 \| +\|$/m },
  { line: 'patronictl -c /etc/patroni.yaml list', output: "Error: Invalid value for '-c' / '--config-file': File '/etc/patroni.yaml' does not exist.", exitCode: 2 },
  { line: 'patronictl remove orders-db', output: /Error: No such command 'remove'\.$/, exitCode: 2 },
  { line: 'patronictl list nope', output: 'Error: Cluster "nope" does not exist', exitCode: 1 },
  { line: 'patronictl failover --candidate db-9', output: 'Error: db-9 does not exist', exitCode: 1 },
  { line: 'patronictl failover --candidate db-2', answers: ['n'], output: /demoting current leader db-1\? \[y\/N\]: n\nAborted!$/, exitCode: 1 },
  { line: 'patronictl failover --candidate db-2 --force', faults: DOWN, at: '30s', output: /^Current cluster topology\n[^]*\n2026-03-13 10:00:30\.000 Successfully failed over to "db-2"$/, operation: 'failover orders-db' },
  { line: 'patronictl switchover', faults: DOWN, at: '30s', output: 'Error: orders-db has no running leader: use failover', exitCode: 1 },
  // cmctl
  { line: 'cmctl status certificate shop.example.com', output: /^Name: shop.example.com\nNamespace: default\n[^]*Ready: True, Reason: Ready/ },
  { line: 'cmctl status certificate nope', output: 'Error: certificates.cert-manager.io "nope" not found', exitCode: 1 },
  { line: 'cmctl renew', output: /^Error: please supply one or more Certificate resource names/, exitCode: 1 },
  { line: 'cmctl renew shop.example.com -n edge', output: 'Manually triggered issuance of Certificate edge/shop.example.com', operation: 'renew-certificate shop.example.com' },
  { line: 'cmctl renew shop.example.com --all', output: 'Error: unknown flag: --all', exitCode: 1 },
  // kafka-consumer-groups
  { line: 'kafka-consumer-groups --bootstrap-server kafka:9092 --list', output: 'worker' },
  { line: 'kafka-consumer-groups --list', output: 'Missing required argument "[bootstrap-server]"', exitCode: 1 },
  { line: 'kafka-consumer-groups --bootstrap-server kafka:9092 --describe --group nobody', output: "Error: Consumer group 'nobody' does not exist.", exitCode: 1 },
  { line: 'kafka-consumer-groups --bootstrap-server kafka:9092 --describe --group worker', faults: POISON, at: '2m', output: /^worker +orders +2 +\d+ +\d+ +[1-9]\d* +consumer-worker-/m },
  { line: 'kafka-consumer-groups --bootstrap-server kafka:9092 --group worker --topic orders --reset-offsets --shift-by 1', output: /^WARN: No action will be performed as the --execute option is missing/ },
  { line: 'kafka-consumer-groups --bootstrap-server kafka:9092 --group worker --topic orders --reset-offsets --shift-by 1 --execute', faults: POISON, at: '1m', output: /^GROUP +TOPIC +PARTITION +NEW-OFFSET\nworker +orders +0 +\d+$/m, operation: 'skip-message orders' },
  { line: 'kafka-consumer-groups --bootstrap-server kafka:9092 --group worker --topic orders --reset-offsets --to-earliest', output: /UnrecognizedOptionException: to-earliest is not a recognized option/, exitCode: 1 },
  // truncate
  { line: 'truncate /tmp/x', output: "truncate: you must specify either '--size' or '--reference'\nTry 'truncate --help' for more information.", exitCode: 1 },
  { line: 'truncate -s 10M /tmp/x', output: 'truncate: only truncating to size 0 is supported on this host', exitCode: 1 },
  { line: 'truncate -s 0 /tmp && echo no', output: "truncate: cannot open '/tmp' for writing: Is a directory", exitCode: 1 },
  { line: 'echo hello > notes.txt; truncate -s 0 notes.txt; wc -c notes.txt', output: '0 notes.txt' },
  { line: 'ssh node-a truncate -s 0 /var/log/reports/reports.log', faults: FILL, at: '2m', output: '', operation: 'clear-disk node-a:/' },
];

describe('mitigation tools', () => {
  lineCases(CASES);
});
