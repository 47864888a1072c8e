import type { Labels, SeriesStore } from '../../tsdb';
import { STALE_NAN } from '../../tsdb';
import type { World } from '../world';

/**
 * A target's series, registered once and then written by position on every scrape, so a scrape costs an
 * array walk and no string work. Subclasses decide how series go stale.
 */
export class SeriesSlots {
  protected readonly refs: number[] = [];
  private readonly index = new Map<string, number>();

  constructor(
    protected readonly store: SeriesStore,
    readonly targetLabels: Labels,
  ) {}

  /** The slot for a metric with extra labels (registered on first use). */
  slot(name: string, labels: Labels = {}): number {
    const key = name + JSON.stringify(labels);
    let slot = this.index.get(key);
    if (slot === undefined) {
      slot = this.refs.length;
      this.refs.push(this.store.ref({ ...this.targetLabels, ...labels, __name__: name }));
      this.index.set(key, slot);
      this.registered(slot);
    }
    return slot;
  }

  /** Called once for each new slot. */
  protected registered(_slot: number): void {}

  /** How many series this target has registered (a scrape's size, for its reported duration). */
  get seriesCount(): number {
    return this.refs.length;
  }
}

/** A fixed set of series: when the target goes down or away, all of them go stale at once. */
export class TargetSeries extends SeriesSlots {
  private live = false;

  write(slot: number, t: number, value: number): void {
    this.store.append(this.refs[slot]!, t, value);
    this.live = true;
  }

  /** Marks every series of this target stale once (the target went down or away), as Prometheus does. */
  markStale(t: number, except?: number): void {
    if (!this.live) return;
    this.refs.forEach((ref, slot) => {
      if (slot !== except) this.store.append(ref, t, STALE_NAN);
    });
    this.live = false;
  }
}

/**
 * How a target was discovered, for the Targets and Service discovery pages (built on request, never while
 * scraping): the address and path scraped, the labels its series carry, and the discovery's meta labels.
 */
export type TargetDiscovery = {
  /** Target labels after relabelling (`job`, `instance`, and those discovery kept: namespace, pod…). */
  labels: Labels;
  /** host:port the scrape connects to. */
  address: string;
  /** The `__address__` discovery found before relabelling, when relabelling replaced it (blackbox probes). */
  discoveredAddress?: string;
  /** Defaults to /metrics. */
  metricsPath?: string;
  /** URL parameters of the scrape (blackbox's module and target). */
  params?: Record<string, string>;
  /** Service-discovery meta labels (`__meta_kubernetes_*`); none for statically configured targets. */
  meta?: Record<string, string>;
  seriesCount: number;
};

/** Why a scrape failed, as Prometheus words it: nothing listens on the port, or no answer before the timeout. */
export type ScrapeFailure = 'refused' | 'timeout';

/** A scrape target: where it is, when in the interval it is scraped, and how to read it from the world. */
export type ScrapeTarget = {
  readonly job: string;
  readonly instance: string;
  readonly phaseMs: number;
  nextScrapeAt: number;
  /** Writes this scrape's samples at time t; returns false if the target is gone for good. */
  scrape(world: World, t: number): boolean;
  /** Called after every world tick (before that tick's scrapes), for counts that accrue between scrapes. */
  observe?(world: World, dtSec: number): void;
  /** When the last scrape ran (set by the scraper; absent before the first). */
  lastScrapeAt?: number;
  /** Why the last scrape failed (set by the target while scraping; absent when it succeeded). */
  failure?: ScrapeFailure;
  /** How it was discovered, now; undefined when discovery no longer lists it (a deleted pod awaiting its last scrape). */
  describe?(world: World): TargetDiscovery | undefined;
};
