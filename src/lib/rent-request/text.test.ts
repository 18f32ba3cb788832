import {describe, expect, it} from 'vitest';
import {
  MENTION_BREAK,
  graphemes,
  neutraliseTeamMentions,
  sanitiseBodyText,
  sanitiseTitle,
  splitFencedCode,
  textLength,
  toSingleLine,
} from './text';

/**
 * GitHub's own mention syntax (html-pipeline's MentionFilter, team form):
 * an `@` not preceded by a word character, a login, a slash and a team slug.
 * Used as the oracle: after sanitising, it must find nothing outside code.
 */
const GITHUB_TEAM_MENTION =
  /(?:^|[^\w])@[a-z0-9][a-z0-9-]*\/[a-z0-9][a-z0-9-]*/i;

/**
 * What GitHub shows as text, roughly: code blocks dropped, backslash escapes
 * and character references resolved (left to right, as CommonMark does).
 */
function renderedProse(markdown: string): string {
  return splitFencedCode(markdown)
    .segments.filter((segment) => !segment.code)
    .map((segment) => segment.text)
    .join('')
    .replace(
      /\\([!-/:-@[-`{-~])|&#(\d+);|&#[xX]([0-9a-fA-F]+);|&commat;/g,
      (_match, escaped?: string, decimal?: string, hex?: string) =>
        escaped ??
        String.fromCodePoint(
          decimal ? Number(decimal) : hex ? parseInt(hex, 16) : 64,
        ),
    );
}

describe('graphemes and textLength', () => {
  it('count what a reader sees as one character', () => {
    expect(textLength('👩‍👩‍👧')).toBe(1);
    expect(textLength('e\u0301')).toBe(1);
    expect(textLength('🇩🇰 ok')).toBe(4);
    expect(textLength('日本語')).toBe(3);
    expect(textLength('')).toBe(0);
  });

  it('never split a surrogate pair or a joined emoji', () => {
    expect(graphemes('a👍🏽b👨‍💻')).toEqual(['a', '👍🏽', 'b', '👨‍💻']);
  });

  it('count plain Latin text by its length', () => {
    expect(textLength('Grüße, Åsa! '.repeat(100))).toBe(1200);
  });
});

describe('toSingleLine', () => {
  it('turns every kind of line break and run of spaces into one space', () => {
    expect(
      toSingleLine(' Orders\r\nteam\rnorth\u2028east\u2029\tand  more\n'),
    ).toBe('Orders team north east and more');
  });

  it('drops control and direction-override characters', () => {
    expect(toSingleLine('ab\u0007c\u202Edcba\u202C\u0000')).toBe('abcdcba');
  });
});

describe('sanitiseTitle', () => {
  it('puts a multi-line summary on one line', () => {
    expect(sanitiseTitle('Print labels\n\n### Injected heading\r\n', 256)).toBe(
      'Print labels ### Injected heading',
    );
  });

  it('cuts a long title with an ellipsis, at a character boundary', () => {
    const title = sanitiseTitle('😀'.repeat(300), 256);
    expect(textLength(title)).toBe(256);
    expect(title.endsWith('😀…')).toBe(true);
    expect(title).not.toMatch(/[\uD800-\uDFFF](?![\uDC00-\uDFFF])/u);
  });

  it('keeps a title that fits unchanged', () => {
    expect(sanitiseTitle('Pair up: Orders – Grüße 👋', 256)).toBe(
      'Pair up: Orders – Grüße 👋',
    );
  });

  it('replaces a lone surrogate from a broken paste', () => {
    expect(sanitiseTitle('a\uD83Db', 256)).toBe('a\uFFFDb');
  });
});

describe('neutraliseTeamMentions', () => {
  it.each([
    ['@northwind/payments', `@${MENTION_BREAK}northwind/payments`],
    ['cc @acme/all-devs, please', `cc @${MENTION_BREAK}acme/all-devs, please`],
    ['(@Org_1/Team)', `(@${MENTION_BREAK}Org_1/Team)`],
    ['@org\\/team', `@${MENTION_BREAK}org\\/team`],
    ['@my\\-org/team', `@${MENTION_BREAK}my\\-org/team`],
  ])('neutralises %s', (input, expected) => {
    expect(neutraliseTeamMentions(input)).toBe(expected);
  });

  it.each([
    '@mona',
    'ask @mona-lisa today',
    'mail mona@example.com',
    '@ org/team',
  ])('leaves %s alone', (input) => {
    expect(neutraliseTeamMentions(input)).toBe(input);
  });
});

describe('splitFencedCode', () => {
  it('finds backtick and tilde fences that start in the first column', () => {
    const {segments, unclosed} = splitFencedCode(
      'a\n```yaml\nx: 1\n```\nb\n~~~~\ny\n~~~~~\nc',
    );
    expect(segments).toEqual([
      {code: false, text: 'a\n'},
      {code: true, text: '```yaml\nx: 1\n```\n'},
      {code: false, text: 'b\n'},
      {code: true, text: '~~~~\ny\n~~~~~\n'},
      {code: false, text: 'c'},
    ]);
    expect(unclosed).toBeUndefined();
  });

  it('treats an indented fence and a backtick fence with backticks in its info as text', () => {
    expect(splitFencedCode('  ```\n@a/b\n```').segments[0]).toEqual({
      code: false,
      text: '  ```\n@a/b\n',
    });
    expect(splitFencedCode('```a`b\n@a/b').segments).toEqual([
      {code: false, text: '```a`b\n@a/b'},
    ]);
  });

  it('needs a closing fence of the same character, at least as long', () => {
    const {segments, unclosed} = splitFencedCode('````\n```\n~~~~\nstill code');
    expect(segments).toEqual([
      {code: true, text: '````\n```\n~~~~\nstill code'},
    ]);
    expect(unclosed).toBe('````');
  });
});

describe('sanitiseBodyText', () => {
  it('shows HTML as typed instead of letting GitHub interpret it', () => {
    expect(
      sanitiseBodyText(
        'Hi <!-- hidden --> <details><summary>x</summary></details> <img src=x> </p> <?php',
        true,
      ),
    ).toBe(
      'Hi \\<!-- hidden --> \\<details>\\<summary>x\\</summary>\\</details> \\<img src=x> \\</p> \\<?php',
    );
  });

  it('leaves comparisons, inline code and fenced code alone', () => {
    const text = 'if a < b and `<div>` here\n```html\n<div>@acme/x</div>\n```';
    expect(sanitiseBodyText(text, true)).toBe(text);
  });

  it('does not double an escape the reader typed, but escapes after an escaped backslash', () => {
    expect(sanitiseBodyText('\\<div> and \\\\<div>', true)).toBe(
      '\\<div> and \\\\\\<div>',
    );
  });

  it('shows character references as typed, so &#64; cannot become a mention', () => {
    expect(
      sanitiseBodyText(
        '&#64;acme&#47;all &commat;x &#x40;y Lift & Shift &amp',
        true,
      ),
    ).toBe('\\&#64;acme\\&#47;all \\&commat;x \\&#x40;y Lift & Shift &amp');
  });

  it('normalises line ends and trims blank lines around the answer', () => {
    expect(
      sanitiseBodyText('\n\r\nline 1\r\n\tline 2\u0007\r\n\n  ', true),
    ).toBe('line 1\n\tline 2');
  });

  it('closes a fence left open, so it cannot swallow the answers after it', () => {
    expect(sanitiseBodyText('log:\n```\nerror at @acme/x', true)).toBe(
      'log:\n```\nerror at @acme/x\n```',
    );
  });

  it('puts a one-line answer on one line and never starts a fence with it', () => {
    expect(sanitiseBodyText('Orders\n### Fake section', false)).toBe(
      'Orders ### Fake section',
    );
    expect(sanitiseBodyText('```Orders', false)).toBe('\\```Orders');
  });

  it.each([
    'ping @acme/platform',
    '@acme/platform at the start',
    'inline `@acme/platform` code',
    'escaped @acme\\/platform slash',
    'escaped @ac\\-me/platform hyphen',
    'reference &#64;acme/platform',
    'reference @acme&#47;platform',
    'html <b>@acme/platform</b>',
    '  ```\nindented fence @acme/platform\n  ```',
    '```\ncode\n```\nafter the fence @acme/platform',
    '- item\n\n  ```\n  code\n\nback at top level @acme/platform',
  ])('no team mention is left in: %s', (input) => {
    for (const multiline of [true, false]) {
      expect(renderedProse(sanitiseBodyText(input, multiline))).not.toMatch(
        GITHUB_TEAM_MENTION,
      );
    }
  });

  it('keeps Unicode text intact', () => {
    const text = 'Grüße aus Kopenhagen 🇩🇰\nこんにちは, 👩‍👩‍👧 and e\u0301';
    expect(sanitiseBodyText(text, true)).toBe(text);
  });
});
