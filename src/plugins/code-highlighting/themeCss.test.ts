import {describe, expect, it} from 'vitest';
import {themes} from 'prism-react-renderer';
import type {PrismTheme} from 'prism-react-renderer';

import {MODE_SCOPE, prismThemeCss} from './themeCss';

const theme: PrismTheme = {
  plain: {color: '#111111', backgroundColor: '#fafafa', fontStyle: 'normal'},
  styles: [
    {
      types: ['comment', 'prolog'],
      style: {color: '#555555', fontStyle: 'italic'},
    },
    {types: ['keyword'], style: {color: '#0000ff'}},
    {types: ['keyword'], style: {color: '#0000aa'}},
    {types: ['tag'], languages: ['markup', 'jsx'], style: {color: '#800000'}},
    {types: ['namespace'], style: {opacity: 0.7}},
  ],
};

describe('prismThemeCss', () => {
  it('scopes every rule to its colour mode', () => {
    const light = prismThemeCss(theme, 'light');
    const dark = prismThemeCss(theme, 'dark');
    for (const [css, scope, other] of [
      [light, MODE_SCOPE.light, MODE_SCOPE.dark],
      [dark, MODE_SCOPE.dark, MODE_SCOPE.light],
    ] as const) {
      const selectors = css
        .trim()
        .split('\n')
        .flatMap((rule) => rule.slice(0, rule.indexOf('{')).split(','));
      expect(selectors.length).toBeGreaterThan(5);
      for (const selector of selectors) {
        expect(selector.startsWith(`${scope} `)).toBe(true);
        expect(selector).not.toContain(other);
      }
    }
  });

  it('gives the plain colours to the variables the code block container reads', () => {
    const css = prismThemeCss(theme, 'light');
    expect(css).toContain(
      `${MODE_SCOPE.light} .theme-code-block{--prism-color:#111111;--prism-background-color:#fafafa}`,
    );
    expect(css).toContain(`${MODE_SCOPE.light} .prism-code{font-style:normal}`);
  });

  it('writes one rule per entry, in the theme order, so a later entry wins', () => {
    const css = prismThemeCss(theme, 'dark');
    const scope = MODE_SCOPE.dark;
    expect(css).toContain(
      `${scope} .token.comment,${scope} .token.prolog{color:#555555;font-style:italic}`,
    );
    expect(css.indexOf('color:#0000ff')).toBeLessThan(
      css.indexOf('color:#0000aa'),
    );
    expect(css).toContain(`${scope} .token.namespace{opacity:0.7}`);
  });

  it('limits language-specific entries to blocks in those languages', () => {
    const css = prismThemeCss(theme, 'light');
    const scope = MODE_SCOPE.light;
    expect(css).toContain(
      `${scope} .language-markup .token.tag,${scope} .language-jsx .token.tag{color:#800000}`,
    );
  });

  it('refuses a token type that would change the selector, naming the entry', () => {
    const bad: PrismTheme = {
      plain: {},
      styles: [
        {types: ['keyword'], style: {}},
        {types: ['x{}body'], style: {color: 'red'}},
      ],
    };
    expect(() => prismThemeCss(bad, 'dark')).toThrow(
      'Prism theme (dark), styles[1]: "x{}body" is not a token type or language name',
    );
  });

  it('covers every colour of a real theme', () => {
    const css = prismThemeCss(themes.oceanicNext, 'dark');
    for (const entry of themes.oceanicNext.styles) {
      if (entry.style.color) {
        expect(css).toContain(`color:${entry.style.color}`);
      }
      for (const type of entry.types) {
        expect(css).toContain(`.token.${type}`);
      }
    }
  });
});
