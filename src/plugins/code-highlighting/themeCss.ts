/**
 * Turns a prism-react-renderer theme into CSS, so code blocks are coloured by
 * the stylesheet instead of by inline styles.
 *
 * With inline styles, the server can only render one theme (the light one), so
 * the classic theme re-creates every code block in the browser after
 * hydration to apply the reader's colour mode: one long task that grows with
 * the code on the page (400 ms on a handbook page with a 4x slower CPU). CSS
 * scoped by `data-theme` is right from the first paint, in both modes and
 * without JavaScript.
 */
import type {PrismTheme} from 'prism-react-renderer';

/** The colour mode a rule applies in; light also when no mode is set yet. */
export const MODE_SCOPE = {
  light: "html:not([data-theme='dark'])",
  dark: "html[data-theme='dark']",
} as const;

export type ColorMode = keyof typeof MODE_SCOPE;

/** The variables the classic theme's code block container reads. */
const PLAIN_VARIABLES: Record<string, string> = {
  color: '--prism-color',
  backgroundColor: '--prism-background-color',
};

const kebab = (property: string): string =>
  property.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);

// Token types are words with dashes (`attr-name`); anything else would be a
// selector injection, so it is refused with the theme entry that holds it.
const TOKEN_TYPE = /^[a-z][a-z0-9-]*$/i;
const LANGUAGE = /^[a-z][a-z0-9+#-]*$/i;

function declarations(style: object): string {
  return Object.entries(style)
    .filter(
      ([, value]) => typeof value === 'string' || typeof value === 'number',
    )
    .map(([property, value]) => `${kebab(property)}:${String(value)}`)
    .join(';');
}

/**
 * CSS for one theme in one colour mode. Entries keep the theme's order, so a
 * later entry wins over an earlier one for the same token type, as it does in
 * prism-react-renderer.
 */
export function prismThemeCss(theme: PrismTheme, mode: ColorMode): string {
  const scope = MODE_SCOPE[mode];
  const rules: string[] = [];
  const plain = Object.entries(theme.plain);
  const variables = plain
    .filter(([property]) => property in PLAIN_VARIABLES)
    .map(
      ([property, value]) => `${PLAIN_VARIABLES[property]}:${String(value)}`,
    );
  const rest = declarations(
    Object.fromEntries(
      plain.filter(([property]) => !(property in PLAIN_VARIABLES)),
    ),
  );
  if (variables.length > 0) {
    rules.push(`${scope} .theme-code-block{${variables.join(';')}}`);
  }
  if (rest) {
    rules.push(`${scope} .prism-code{${rest}}`);
  }
  theme.styles.forEach((entry, index) => {
    for (const name of [...entry.types, ...(entry.languages ?? [])]) {
      const pattern = entry.types.includes(name) ? TOKEN_TYPE : LANGUAGE;
      if (!pattern.test(name)) {
        throw new Error(
          `Prism theme (${mode}), styles[${index}]: "${name}" is not a token type or language name. Use letters, digits and dashes.`,
        );
      }
    }
    const body = declarations(entry.style);
    if (!body) {
      return;
    }
    const languages = entry.languages?.map(
      (language) => `.language-${language} `,
    ) ?? [''];
    const selectors = languages.flatMap((language) =>
      entry.types.map((type) => `${scope} ${language}.token.${type}`),
    );
    rules.push(`${selectors.join(',')}{${body}}`);
  });
  return `${rules.join('\n')}\n`;
}

/** A theme that adds no inline style: for `themeConfig.prism` once CSS colours the code. */
export const NO_INLINE_STYLES: PrismTheme = {plain: {}, styles: []};
