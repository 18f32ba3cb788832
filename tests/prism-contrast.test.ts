/**
 * Code blocks stay readable: every token colour of the configured Prism
 * themes reaches WCAG AA contrast (4.5:1) on the theme's background, in light
 * and dark mode. Checked here for every token type at once; axe would only
 * see the tokens that happen to be on the pages it visits.
 */
import {describe, expect, it} from 'vitest';
import type {PrismTheme} from 'prism-react-renderer';

import type {Options} from '../src/plugins/code-highlighting';

import config from '../docusaurus.config';

function rgb(colour: string): [number, number, number] {
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(colour)?.[1];
  if (hex) {
    const full = hex.length === 3 ? [...hex].map((c) => c + c).join('') : hex;
    return [0, 2, 4].map((i) => parseInt(full.slice(i, i + 2), 16)) as [
      number,
      number,
      number,
    ];
  }
  const match = /^rgba?\((\d+),\s*(\d+),\s*(\d+)/.exec(colour);
  if (match) {
    return [Number(match[1]), Number(match[2]), Number(match[3])];
  }
  throw new Error(`cannot read the colour ${colour}`);
}

function luminance([r, g, b]: [number, number, number]): number {
  const [lr, lg, lb] = [r, g, b].map((value) => {
    const c = value / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * lr + 0.7152 * lg + 0.0722 * lb;
}

function contrast(a: string, b: string): number {
  const [x, y] = [luminance(rgb(a)), luminance(rgb(b))];
  return (Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05);
}

// The colours are the code-highlighting plugin's options (it turns them into
// CSS); themeConfig.prism holds themes without styles.
const highlighting = config.plugins?.find(
  (plugin): plugin is [string, Options] =>
    Array.isArray(plugin) &&
    typeof plugin[0] === 'string' &&
    plugin[0].includes('/code-highlighting/'),
);
if (!highlighting) {
  throw new Error(
    'docusaurus.config.ts registers no code-highlighting plugin with its themes',
  );
}
const themes = highlighting[1];

describe('code block colours', () => {
  it('the contrast function matches known values', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
  });

  it.each([
    ['light', themes.light],
    ['dark', themes.dark],
  ])('reach 4.5:1 in %s mode', (_mode, theme) => {
    const background = (theme as PrismTheme).plain.backgroundColor!;
    const tooLight = [{types: ['plain'], style: theme.plain}, ...theme.styles]
      .filter((style) => style.style.color !== undefined)
      .map((style) => ({
        types: style.types.join(', '),
        ratio: contrast(style.style.color!, background),
      }))
      .filter((style) => style.ratio < 4.5);
    expect(tooLight).toEqual([]);
  });
});
