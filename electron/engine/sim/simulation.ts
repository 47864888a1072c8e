import { LogStore } from '../logs/store';
import type { ScenarioDocument } from '../scenario';
import { SeriesStore } from '../tsdb';
import type { SimMillis } from './clock';
import { TICK_MS } from './clock';
import { parseDuration } from './duration';
import type { FaultChange } from './faults/runtime';
import { FaultRuntime } from './faults/runtime';
import type { OperationResult } from './operations/types';
import { OperationRuntime } from './operations/runtime';
import { databaseLogs, platformLogs } from './outputs/platform-logs';
import { requestLogs } from './outputs/log-writer';
import { Scraper } from './outputs/scraper';
import type { TargetsStatus } from './outputs/targets-status';
import { targetsStatus } from './outputs/targets-status';
import type { Rng } from './rng';
import { createRng } from './rng';
import type { World } from './world';
import { createWorld, tickWorld } from './world';
import './outputs/exporters';

/** The stretch of the warm past simulated second by second, with logs (older history runs a scrape at a time). */
const FINE_PAST_MS = 10 * 60_000;

/**
 * The whole simulated estate for one drill: world, faults, operations, the metrics it scrapes into its
 * series store and the logs it writes. A pure function of (scenario, seed, timed operations).
 */
export class Simulation {
  readonly world: World;
  readonly store = new SeriesStore();
  readonly logs = new LogStore(200_000);
  readonly faults: FaultRuntime;
  readonly operations: OperationRuntime;
  readonly intervalMs: number;
  private readonly scraper: Scraper;
  private readonly logRng: Rng;

  constructor(doc: ScenarioDocument, seed: number) {
    this.intervalMs = parseDuration(doc.scrape_interval)!;
    const history = parseDuration(doc.history)!;
    const from = -Math.max(history, FINE_PAST_MS);
    this.world = createWorld(doc.world, doc.start, seed, from as SimMillis);
    this.faults = new FaultRuntime(doc.faults);
    this.operations = new OperationRuntime(this.faults, doc.operations);
    this.scraper = new Scraper(this.store, this.intervalMs, this.world, from);
    this.logRng = createRng(seed, 'logs');
    let t = from;
    for (; t + this.intervalMs <= -FINE_PAST_MS; t += this.intervalMs) this.advance(t + this.intervalMs, this.intervalMs / 1000, false);
    // Stop one tick short of 0: the drill's first tick (at 0) is a live one, so faults due at 0 start in it.
    for (t = -FINE_PAST_MS; t < -TICK_MS; t += TICK_MS) this.advance(t + TICK_MS, TICK_MS / 1000, true);
  }

  /** One live tick to time t: faults and operations first, then the world, then scrapes and logs. */
  tick(t: SimMillis): FaultChange[] {
    this.world.now = t;
    const changes = [...this.operations.step(this.world), ...this.faults.step(this.world, TICK_MS / 1000)];
    this.advance(t, TICK_MS / 1000, true);
    return changes;
  }

  /** Every scrape target as Prometheus's /api/v1/targets reports it at the current moment. */
  targetsStatus(): TargetsStatus {
    return targetsStatus(this.scraper.activeTargets(), this.world, this.intervalMs);
  }

  runOperation(name: string, target: string, params: unknown): { result: OperationResult; changes: FaultChange[] } {
    return this.operations.run(this.world, name, target, params);
  }

  private advance(t: number, dtSec: number, withLogs: boolean): void {
    tickWorld(this.world, t as SimMillis, dtSec);
    this.scraper.scrapeUntil(this.world, t);
    const events = this.world.events.splice(0);
    if (!withLogs) return;
    const batch = platformLogs(this.world, events);
    for (const service of this.world.services.values()) batch.push(...requestLogs(this.world, service, dtSec, this.logRng));
    batch.push(...databaseLogs(this.world, t % 1000 === 0));
    batch.sort((a, b) => (a['@timestamp'] < b['@timestamp'] ? -1 : a['@timestamp'] > b['@timestamp'] ? 1 : 0));
    this.logs.append(batch);
  }
}
