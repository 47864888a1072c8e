/**
 * Series colours safe for colour-blind viewers: Paul Tol's "bright" scheme (distinct under deuteranopia and
 * protanopia), then his "muted" scheme once those run out. Each series also gets a dash pattern, so two
 * series stay tellable apart on a monochrome projector or for viewers who see no colour at all.
 */

const TOL_BRIGHT = ['#4477AA', '#EE6677', '#228833', '#CCBB44', '#66CCEE', '#AA3377', '#BBBBBB'];
const TOL_MUTED = ['#332288', '#88CCEE', '#44AA99', '#117733', '#999933', '#DDCC77', '#CC6677', '#882255', '#AA4499'];
/** For presentation mode on a dark background: Okabe–Ito's saturated colours, bright enough to read from the back. */
const HIGH_CONTRAST = ['#56B4E9', '#E69F00', '#009E73', '#F0E442', '#FFFFFF', '#D55E00', '#CC79A7', '#0072B2'];

/** SVG stroke-dasharray patterns, solid first. */
export const DASH_PATTERNS = ['', '8 4', '2 3', '10 3 2 3', '4 4', '12 4 4 4'];

export type PaletteName = 'default' | 'high-contrast';

/** The colour of the i-th series. */
export function seriesColor(index: number, palette: PaletteName = 'default'): string {
  const colours = palette === 'high-contrast' ? HIGH_CONTRAST : [...TOL_BRIGHT, ...TOL_MUTED];
  return colours[((index % colours.length) + colours.length) % colours.length]!;
}

/**
 * The dash of the i-th series: solid while colours are unique, then a new dash for each lap of the palette so
 * a repeated colour is never drawn the same way twice; when `dashEverySeries`, every series gets its own dash.
 */
export function seriesDash(index: number, palette: PaletteName = 'default', dashEverySeries = false): string {
  const size = palette === 'high-contrast' ? HIGH_CONTRAST.length : TOL_BRIGHT.length + TOL_MUTED.length;
  const slot = dashEverySeries ? index : Math.floor(index / size);
  return DASH_PATTERNS[slot % DASH_PATTERNS.length]!;
}
