/**
 * Grafana's named colours (the classic palette's names: `green`, `semi-dark-red`, `super-light-blue`…) as hex,
 * so thresholds and mappings exported by Grafana look the same here.
 */

const HUES: Record<string, [string, string, string, string, string]> = {
  // super-light, light, base, semi-dark, dark
  red: ['#FFA6B0', '#FF7383', '#F2495C', '#E02F44', '#C4162A'],
  orange: ['#FFCB7D', '#FFB357', '#FF9830', '#FA6400', '#FA6400'],
  yellow: ['#FFF899', '#FFEE52', '#FADE2A', '#F2CC0C', '#E0B400'],
  green: ['#C8F2C2', '#96D98D', '#73BF69', '#56A64B', '#37872D'],
  blue: ['#C0D8FF', '#8AB8FF', '#5794F2', '#3274D9', '#1F60C4'],
  purple: ['#DEB6F2', '#CA95E5', '#B877D9', '#A352CC', '#8F3BB8'],
};

const NAMED: Record<string, string> = { transparent: 'transparent', text: 'currentColor', white: '#FFFFFF', black: '#000000' };
for (const [hue, [superLight, light, base, semiDark, dark]] of Object.entries(HUES)) {
  NAMED[hue] = base;
  NAMED[`super-light-${hue}`] = superLight;
  NAMED[`light-${hue}`] = light;
  NAMED[`semi-dark-${hue}`] = semiDark;
  NAMED[`dark-${hue}`] = dark;
}

/** The CSS colour for a Grafana colour name, hex or rgb(); unknown names pass through (CSS may know them). */
export function resolveColor(name: string | undefined): string | undefined {
  if (!name) return undefined;
  return NAMED[name.toLowerCase()] ?? name;
}

/** The named colours the options form offers. */
export const NAMED_COLORS: string[] = Object.keys(HUES).flatMap((hue) => [hue, `semi-dark-${hue}`, `dark-${hue}`, `light-${hue}`, `super-light-${hue}`]);

/**
 * Black or white, whichever reads better on a background colour (WCAG relative luminance), so text on a
 * threshold-coloured background keeps its contrast whatever the colour. Non-hex colours get white.
 */
export function readableTextOn(background: string | undefined): string {
  const hex = resolveColor(background);
  const match = hex && /^#([0-9a-f]{6})$/i.exec(hex);
  if (!match) return '#ffffff';
  const n = Number.parseInt(match[1]!, 16);
  const channel = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  const luminance = 0.2126 * channel((n >> 16) & 255) + 0.7152 * channel((n >> 8) & 255) + 0.0722 * channel(n & 255);
  // White's contrast is 1.05/(L+0.05), black's (L+0.05)/0.05; they are equal at L ≈ 0.179.
  return luminance > 0.179 ? '#000000' : '#ffffff';
}
