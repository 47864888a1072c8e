import type { SeriesStore } from '../../tsdb';
import { hashString } from '../rng';
import type { World } from '../world';
import { nodeTarget } from './node-exporter';
import { serviceTarget } from './service-exporter';
import { writeSignals } from './signals';
import type { ScrapeTarget } from './target';

/**
 * Extra exporters (databases, caches, kube-state-metrics…) register here: each adds its targets once.
 * `phase` gives a target's fixed offset in the interval; `firstAt` is the earliest scrape time, and the
 * scraper aligns each target's first scrape to its phase.
 */
export type TargetFactory = (store: SeriesStore, world: World, phase: (key: string) => number, firstAt: number) => ScrapeTarget[];

const FACTORIES: TargetFactory[] = [];

/** Room for this much drill after the warm past in each new series, so most drills never regrow one. */
const LIVE_RESERVE_MS = 3_600_000;

/** Adds an exporter to every drill's scraper (exporters register at module load, like the command table). */
export function registerExporter(factory: TargetFactory): void {
  FACTORIES.push(factory);
}

/**
 * Prometheus's scrape loop over the simulated estate: every target is scraped once per interval at its own
 * fixed phase, pods are discovered as they appear and dropped (with stale markers) when they go.
 */
export class Scraper {
  private readonly targets = new Map<string, ScrapeTarget>();
  private readonly signalRefs = new Map<string, number[]>();
  private readonly observers: ScrapeTarget[] = [];
  private nextSignalsAt: number;
  private lastTickAt: number;

  constructor(
    private readonly store: SeriesStore,
    private readonly intervalMs: number,
    world: World,
    from: number,
  ) {
    this.nextSignalsAt = this.alignUp(from, 0);
    this.lastTickAt = from;
    this.reserve(from);
    for (const host of world.hosts.values()) this.add(nodeTarget(store, host, this.phase(`node/${host.spec.name}`), this.alignUp(from, this.phase(`node/${host.spec.name}`))));
    for (const factory of FACTORIES) {
      for (const target of factory(store, world, (key) => this.phase(key), from)) {
        target.nextScrapeAt = this.alignUp(target.nextScrapeAt, target.phaseMs);
        this.add(target);
        if (target.observe) this.observers.push(target);
      }
    }
    this.discover(world, from);
  }

  /** Sizes series created from time t for the samples still to come before the drill, plus an hour of it. */
  private reserve(t: number): void {
    this.store.setInitialCapacity((Math.max(0, -t) + LIVE_RESERVE_MS) / this.intervalMs);
  }

  /** A target's fixed offset within the interval, from its identity (as Prometheus hashes target labels). */
  phase(key: string): number {
    return (hashString(key) % Math.floor(this.intervalMs / 1000)) * 1000;
  }

  private alignUp(t: number, phase: number): number {
    const k = Math.ceil((t - phase) / this.intervalMs);
    return k * this.intervalMs + phase;
  }

  private add(target: ScrapeTarget): void {
    this.targets.set(`${target.job}/${target.instance}`, target);
  }

  private discover(world: World, from: number): void {
    for (const service of world.services.values()) {
      for (const instance of service.instances) {
        const key = `pod/${instance.name}`;
        if (this.targets.has(key)) continue;
        const phase = this.phase(key);
        this.targets.set(key, serviceTarget(this.store, service, instance, phase, this.alignUp(from, phase)));
      }
    }
  }

  /** Every target currently in the scrape loop, in discovery order (for the Targets page). */
  activeTargets(): ScrapeTarget[] {
    return [...this.targets.values()];
  }

  /** Scrapes every target due in (previous tick, t]; samples carry their scheduled times. */
  scrapeUntil(world: World, t: number): void {
    const dtSec = (t - this.lastTickAt) / 1000;
    this.lastTickAt = t;
    for (const target of this.observers) target.observe!(world, dtSec);
    this.reserve(t);
    this.discover(world, t);
    for (const [key, target] of this.targets) {
      while (target.nextScrapeAt <= t) {
        target.lastScrapeAt = target.nextScrapeAt;
        const alive = target.scrape(world, target.nextScrapeAt);
        target.nextScrapeAt += this.intervalMs;
        if (!alive) {
          this.targets.delete(key);
          break;
        }
      }
    }
    while (this.nextSignalsAt <= t) {
      writeSignals(this.store, world, this.nextSignalsAt, this.signalRefs);
      this.nextSignalsAt += this.intervalMs;
    }
  }
}
