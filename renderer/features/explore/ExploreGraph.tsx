import type { RefObject } from 'react';
import { useEffect, useRef, useState } from 'react';
import type { Panel } from '../../../electron/contract';
import { TimeSeriesPanel } from '../dashboard/panels/TimeSeriesPanel';
import type { Frame, PanelRange } from '../dashboard/panels/types';

/** The panel Explore's graph draws as: a plain time series with the dashboard's defaults (list legend below). */
export const EXPLORE_PANEL: Panel = { id: 1, type: 'timeseries', title: '', gridPos: { x: 0, y: 0, w: 24, h: 10 } };

const HEIGHT = 340;

/** The width of an element, followed as it resizes. */
function useWidth(): [RefObject<HTMLDivElement | null>, number] {
  const ref = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(0);
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    setWidth(Math.floor(element.getBoundingClientRect().width));
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(([entry]) => entry && setWidth(Math.floor(entry.contentRect.width)));
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return [ref, width];
}

/** Explore's graph: the dashboards' time series panel, as wide as the result area. */
export function ExploreGraph({ frames, range, now }: { frames: Frame[]; range: PanelRange; now: number }) {
  const [ref, width] = useWidth();
  return (
    <div ref={ref} className="explore-graph">
      {width > 0 && <TimeSeriesPanel panel={EXPLORE_PANEL} data={{ state: 'done', frames }} range={range} width={width} height={HEIGHT} tableView={false} now={now} />}
    </div>
  );
}
