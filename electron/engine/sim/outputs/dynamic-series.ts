import { STALE_NAN } from '../../tsdb';
import type { World } from '../world';
import type { ScrapeTarget, TargetDiscovery } from './target';
import { SeriesSlots } from './target';

/**
 * The series of a target whose set changes from scrape to scrape (kube-state-metrics' pods, an exporter
 * that cannot reach its database). As Prometheus's scrape loop does, a series written in one scrape and
 * missing from the next gets a stale marker, so it ends there instead of lingering for the lookback.
 * Slots are registered once (by the exporter, or cached per pod) and written by position.
 */
export class DynamicSeries extends SeriesSlots {
  /** The scrape each slot was last written in. */
  private readonly writtenIn: number[] = [];
  private previous: number[] = [];
  private current: number[] = [];
  private scrapeNo = 0;

  protected override registered(): void {
    this.writtenIn.push(0);
  }

  /** Starts a scrape: a series not written again before `end` goes stale. */
  begin(): void {
    this.scrapeNo++;
  }

  write(slot: number, t: number, value: number): void {
    if (this.writtenIn[slot] !== this.scrapeNo) {
      this.writtenIn[slot] = this.scrapeNo;
      this.current.push(slot);
    }
    this.store.append(this.refs[slot]!, t, value);
  }

  /** Ends a scrape at time t: series of the previous scrape that this one did not write get a stale marker. */
  end(t: number): void {
    for (const slot of this.previous) if (this.writtenIn[slot] !== this.scrapeNo) this.store.append(this.refs[slot]!, t, STALE_NAN);
    const spare = this.previous;
    this.previous = this.current;
    spare.length = 0;
    this.current = spare;
  }
}

/** What an exporter does on a scrape (and, optionally, on every tick between scrapes). */
export type Collector = {
  collect(world: World, t: number): void;
  /** Called after every world tick, for exporters that count what happens between scrapes. */
  observe?(world: World, dtSec: number): void;
  /** How the target was discovered when it is not simply scraped at its `instance` (blackbox probes). */
  discovery?: Omit<TargetDiscovery, 'labels' | 'seriesCount'>;
};

/**
 * A target whose exporter process is always reachable: `up` is 1 on every scrape, and the collector writes
 * what the exporter reports this time (what it leaves out goes stale). `firstAt` is the earliest scrape
 * time; the scraper aligns it to the target's phase.
 */
export function exporterTarget(series: DynamicSeries, phaseMs: number, firstAt: number, collector: Collector): ScrapeTarget {
  const up = series.slot('up');
  const labels = series.targetLabels;
  return {
    job: labels.job!,
    instance: labels.instance!,
    phaseMs,
    nextScrapeAt: firstAt,
    scrape(world: World, t: number): boolean {
      series.begin();
      series.write(up, t, 1);
      collector.collect(world, t);
      series.end(t);
      return true;
    },
    describe(): TargetDiscovery {
      return { labels, address: labels.instance!, ...collector.discovery, seriesCount: series.seriesCount };
    },
    ...(collector.observe ? { observe: collector.observe.bind(collector) } : {}),
  };
}
