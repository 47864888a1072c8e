import { describe, expect, it } from 'vitest';

/*
 * The light and projector themes only set variables (styles.css), so a colour written anywhere else is one the
 * themes cannot reach. This test reads every stylesheet of the renderer and refuses colour literals outside the
 * variable declarations of styles.css.
 */

/** Every stylesheet of the renderer, as text, keyed by its path from the project root. */
const sheets = import.meta.glob<string>('/renderer/**/*.css', { query: '?raw', import: 'default', eager: true });
const THEME_SHEET = '/renderer/app/styles.css';

/** CSS's named colours (CSS Color 4, §6.1); `transparent` and `currentcolor` are not literals of a colour. */
const NAMED_COLOURS = new Set(
  `aliceblue antiquewhite aqua aquamarine azure beige bisque black blanchedalmond blue blueviolet brown burlywood
  cadetblue chartreuse chocolate coral cornflowerblue cornsilk crimson cyan darkblue darkcyan darkgoldenrod darkgray
  darkgreen darkgrey darkkhaki darkmagenta darkolivegreen darkorange darkorchid darkred darksalmon darkseagreen
  darkslateblue darkslategray darkslategrey darkturquoise darkviolet deeppink deepskyblue dimgray dimgrey dodgerblue
  firebrick floralwhite forestgreen fuchsia gainsboro ghostwhite gold goldenrod gray green greenyellow grey honeydew
  hotpink indianred indigo ivory khaki lavender lavenderblush lawngreen lemonchiffon lightblue lightcoral lightcyan
  lightgoldenrodyellow lightgray lightgreen lightgrey lightpink lightsalmon lightseagreen lightskyblue lightslategray
  lightslategrey lightsteelblue lightyellow lime limegreen linen magenta maroon mediumaquamarine mediumblue
  mediumorchid mediumpurple mediumseagreen mediumslateblue mediumspringgreen mediumturquoise mediumvioletred
  midnightblue mintcream mistyrose moccasin navajowhite navy oldlace olive olivedrab orange orangered orchid
  palegoldenrod palegreen paleturquoise palevioletred papayawhip peachpuff peru pink plum powderblue purple
  rebeccapurple red rosybrown royalblue saddlebrown salmon sandybrown seagreen seashell sienna silver skyblue
  slateblue slategray slategrey snow springgreen steelblue tan teal thistle tomato turquoise violet wheat white
  whitesmoke yellow yellowgreen`.split(/\s+/),
);

/** Hex colours and the colour functions (`color-mix()` and `var()` mix or name colours, they do not write one). */
const COLOUR_SYNTAX = /#[0-9a-f]{3,8}\b|\b(?:rgba?|hsla?|hwb|lab|lch|oklab|oklch|color)\(/gi;

type Declaration = { property: string; value: string; line: number };

/** The declarations of a stylesheet, nested rules (@media, @keyframes) included, with the line each starts on. */
function declarations(css: string): Declaration[] {
  // Comments and strings (grid areas, `content`) become spaces of the same length, so offsets keep their lines.
  const text = css.replace(/\/\*[\s\S]*?\*\/|'[^']*'|"[^"]*"/g, (m) => m.replace(/[^\n]/g, ' '));
  const found: Declaration[] = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    const c = text[i];
    if (c !== '{' && c !== '}' && c !== ';' && i < text.length) continue;
    // A segment ending in `{` is a selector or an at-rule's prelude; any other is a declaration.
    const segment = text.slice(start, i);
    const colon = segment.indexOf(':');
    if (c !== '{' && colon > 0 && segment.trim()) {
      const offset = start + segment.length - segment.trimStart().length;
      found.push({
        property: segment.slice(0, colon).trim().toLowerCase(),
        value: segment.slice(colon + 1).trim(),
        line: text.slice(0, offset).split('\n').length,
      });
    }
    start = i + 1;
  }
  return found;
}

/** The colour literals a declaration's value writes. */
function colourLiterals(value: string): string[] {
  const named = value.toLowerCase().match(/[a-z-]+/g)?.filter((word) => NAMED_COLOURS.has(word)) ?? [];
  return [...(value.match(COLOUR_SYNTAX) ?? []), ...named];
}

describe('theme colours', () => {
  it('finds the stylesheets and their declarations', () => {
    expect(Object.keys(sheets)).toContain(THEME_SHEET);
    expect(Object.keys(sheets).length).toBeGreaterThan(1);
    // Vitest hands out CSS as empty text unless `test.css.include` (vitest.config.mts) matches `.css?raw`.
    expect(sheets[THEME_SHEET], 'styles.css read as empty: see test.css in vitest.config.mts').toContain(':root');
    expect(declarations(sheets[THEME_SHEET]!).some((d) => d.property === 'background')).toBe(true);
  });

  it('reads declarations past comments, strings and nested rules, on the lines they start', () => {
    const css = ".a { color: red; }\n/* b { color: blue; } */\n@media (x) {\n  .c { content: 'a;b'; --v: #fff }\n}";
    expect(declarations(css)).toEqual([
      { property: 'color', value: 'red', line: 1 },
      { property: 'content', value: '', line: 4 },
      { property: '--v', value: '#fff', line: 4 },
    ]);
  });

  it('recognises every kind of colour literal and nothing else', () => {
    expect(colourLiterals('1px solid #2c3038')).toEqual(['#2c3038']);
    expect(colourLiterals('0 6px 20px rgb(0 0 0 / 50%)')).toEqual(['rgb(']);
    expect(colourLiterals('rgba(1, 2, 3, 0.5), hsl(0 0% 0%), oklch(0.5 0.1 20)')).toEqual(['rgba(', 'hsl(', 'oklch(']);
    expect(colourLiterals('white')).toEqual(['white']);
    expect(colourLiterals('1px solid Black')).toEqual(['black']);
    expect(colourLiterals('var(--panel)')).toEqual([]);
    expect(colourLiterals('color-mix(in srgb, var(--warn) 12%, transparent)')).toEqual([]);
    expect(colourLiterals('currentColor')).toEqual([]);
    expect(colourLiterals('italic 600 11px Georgia, serif')).toEqual([]);
    expect(colourLiterals('dash-spin 0.8s linear infinite')).toEqual([]);
  });

  it('no stylesheet writes a colour outside the theme variables of styles.css', () => {
    const problems = Object.entries(sheets).flatMap(([path, css]) =>
      declarations(css)
        .filter((d) => !(path === THEME_SHEET && d.property.startsWith('--')))
        .flatMap((d) => colourLiterals(d.value).map((literal) => `${path}:${d.line} ${d.property}: ${d.value} (${literal})`)),
    );
    expect(problems).toEqual([]);
  });
});
