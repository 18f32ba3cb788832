/**
 * Fixture tests of the knowledge-base entry check: a good answer passes, and
 * each kind of unsafe or broken answer is refused with a message that names
 * the file, the field or line, and the fix.
 */
import {describe, expect, it} from 'vitest';

import {checkEntry, checkKb, formatProblems, parseEntry} from './check';
import type {KbContext} from './context';

const context: KbContext = {
  tags: [
    {id: 'gitops', label: 'GitOps', description: 'Syncs and rollbacks'},
    {id: 'dns', label: 'DNS', description: 'Host names and records'},
  ],
  versions: ['2026.1', '2025.2', 'next'],
  today: '2026-11-20',
};

const FRONT_MATTER = {
  title: 'Why does my host name not resolve?',
  description:
    'external-dns creates the record once the Ingress is admitted; check its owner record.',
  tags: '[dns]',
  contributors: '[amara-okafor, jonas_acme]',
  last_verified: '2026-10-14',
  applies_to: "['2026.1', '2025.2']",
};

type Fields = Partial<
  Record<keyof typeof FRONT_MATTER | string, string | undefined>
>;

function entry(body: string, fields: Fields = {}): string {
  const merged: Fields = {...FRONT_MATTER, ...fields};
  const lines = Object.entries(merged)
    .filter(([, value]) => value !== undefined)
    .map(([key, value]) => `${key}: ${value}`);
  return `---\n${lines.join('\n')}\n---\n\n${body}`;
}

const GOOD_BODY = `Records are created by external-dns from your Ingress host names.

## Check the record

\`\`\`bash
dig +short orders.checkout.apps.eu1.platform.example
\`\`\`

| symptom | fix |
| --- | --- |
| no answer | wait for the sync |

- [x] a task list item, from GFM
- a link to [the docs](/docs) and to https://example.com

\`\`\`yaml
apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: orders
spec:
  rules:
    - host: orders.checkout.apps.eu1.platform.example
\`\`\`

\`\`\`html
<script>shown as code, never run</script>
\`\`\`

Write \`<img onerror=...>\` in backticks to show it.
`;

const FILE = 'kb/dns/host-does-not-resolve.md';

function problems(source: string, file = FILE): string[] {
  return checkEntry({file, source}, context).map(
    (problem) => `${problem.line ?? '-'}: ${problem.message}`,
  );
}

describe('a good answer', () => {
  it('passes, with GFM tables, task lists, code blocks and HTML shown as code', () => {
    expect(problems(entry(GOOD_BODY))).toEqual([]);
  });

  it('may link related docs', () => {
    const source = entry(GOOD_BODY, {
      related: '[{label: Platform overview, href: /docs}]',
    });
    expect(problems(source)).toEqual([]);
  });
});

describe('malicious answers are refused', () => {
  it('a <script> element, with its line in the file', () => {
    const source = entry(
      'Fine text.\n\n<script>alert(document.cookie)</script>\n',
    );
    const found = problems(source);
    expect(found).toHaveLength(1);
    // Front matter is 8 lines, then a blank line, "Fine text.", a blank line.
    expect(found[0]).toMatch(/^12: a <script> element is not allowed/);
  });

  it('an inline <script> inside a paragraph', () => {
    expect(
      problems(entry('Click <script>steal()</script> here.\n')).join(),
    ).toContain('a <script> element is not allowed');
  });

  it('an onerror attribute', () => {
    expect(
      problems(entry('<img src="x" onerror="alert(1)">\n')).join(),
    ).toContain('an event-handler attribute (onerror=)');
  });

  it('an onclick attribute inline', () => {
    expect(
      problems(entry('Press <a href="#" onclick="x()">here</a>.\n')).join(),
    ).toContain('an event-handler attribute (onclick=)');
  });

  it('a javascript: link', () => {
    expect(
      problems(entry('[Open the dashboard](javascript:alert(1))\n')).join(),
    ).toContain('a link to a "javascript:" URL is not allowed');
  });

  it('a javascript: link hidden with an entity, a tab or upper case', () => {
    for (const url of ['jav&#x09;ascript:alert(1)', 'JaVaScRiPt:alert(1)']) {
      expect(problems(entry(`[x](${url})\n`)).join()).toContain(
        '"javascript:" URL',
      );
    }
  });

  it('a javascript: autolink and reference definition', () => {
    expect(problems(entry('<javascript:alert(1)>\n')).join()).toContain(
      '"javascript:" URL',
    );
    expect(
      problems(entry('[x][evil]\n\n[evil]: javascript:alert(1)\n')).join(),
    ).toContain('"javascript:" URL');
  });

  it('a data: image and a vbscript: link', () => {
    expect(
      problems(entry('![x](data:text/html;base64,PHNjcmlwdD4=)\n')).join(),
    ).toContain('an image to a "data:" URL is not allowed');
    expect(problems(entry('[x](vbscript:msgbox(1))\n')).join()).toContain(
      '"vbscript:" URL',
    );
  });

  it('an MDX import and export', () => {
    expect(
      problems(entry("import Evil from '@site/src/evil';\n\nText.\n")).join(),
    ).toContain('starts with "import" or "export" is MDX code');
    expect(
      problems(
        entry('export const x = fetch("https://evil.example");\n'),
      ).join(),
    ).toContain('starts with "import" or "export" is MDX code');
  });

  it('a JSX component and an MDX expression', () => {
    expect(
      problems(entry('<Tabs groupId="x">\n\nText\n\n</Tabs>\n')).join(),
    ).toContain('a JSX component (<Tabs>)');
    expect(
      problems(entry('The answer is {window.alert(1)}.\n')).join(),
    ).toContain('curly braces {…} in text look like an MDX expression');
  });

  it('any other raw HTML and HTML comments', () => {
    expect(
      problems(entry('<iframe src="https://evil.example"></iframe>\n')).join(),
    ).toContain('raw HTML (<iframe>) is not allowed');
    expect(problems(entry('<!-- hidden -->\n')).join()).toContain(
      'an HTML comment',
    );
  });

  it('an .mdx file, whatever it contains', () => {
    const found = problems(
      entry(GOOD_BODY),
      'kb/dns/host-does-not-resolve.mdx',
    );
    expect(found.join()).toContain('is MDX, which runs code');
  });
});

describe('broken answers are refused with the fix', () => {
  it('unknown, missing and misspelt fields', () => {
    const found = problems(
      entry(GOOD_BODY, {
        description: undefined,
        slug: '/evil',
        custom_edit_url: 'javascript:x',
      }),
    ).join('\n');
    expect(found).toContain(
      'front matter "description" is missing: write the answer in one line',
    );
    expect(found).toContain('unknown fields "slug", "custom_edit_url"');
  });

  it('an unknown tag, naming the known ones', () => {
    expect(
      problems(entry(GOOD_BODY, {tags: '[dns, networking]'})).join(),
    ).toContain(
      'front matter "tags[1]" "networking" is not a known tag (known: gitops, dns)',
    );
  });

  it('an unknown version, or one YAML reads as a number', () => {
    expect(
      problems(entry(GOOD_BODY, {applies_to: "['2024.1']"})).join(),
    ).toContain(
      '"2024.1" is not a platform version (known: 2026.1, 2025.2, next)',
    );
    expect(
      problems(entry(GOOD_BODY, {applies_to: '[2026.1]'})).join(),
    ).toContain(
      'front matter "applies_to[0]" is the number 2026.1: quote it (\'2026.1\')',
    );
  });

  it('a date that does not exist, is not a date, or is in the future', () => {
    expect(
      problems(entry(GOOD_BODY, {last_verified: '2026-02-30'})).join(),
    ).toContain('"2026-02-30" is not a real YYYY-MM-DD date');
    expect(
      problems(entry(GOOD_BODY, {last_verified: '14.10.2026'})).join(),
    ).toContain('is not a real YYYY-MM-DD date');
    expect(
      problems(entry(GOOD_BODY, {last_verified: '2027-01-01'})).join(),
    ).toContain('is in the future (today is 2026-11-20)');
    // East of UTC it may already be tomorrow.
    expect(problems(entry(GOOD_BODY, {last_verified: '2026-11-21'}))).toEqual(
      [],
    );
  });

  it('a handle with "@" or spaces', () => {
    const found = problems(
      entry(GOOD_BODY, {contributors: "['@amara', 'Amara Okafor']"}),
    ).join('\n');
    expect(found).toContain('"@amara" starts with "@"; write the handle alone');
    expect(found).toContain('"Amara Okafor" is not a GitHub handle');
  });

  it('a title that is not a question', () => {
    expect(
      problems(entry(GOOD_BODY, {title: 'DNS troubleshooting'})).join(),
    ).toContain('front matter "title" does not end with "?"');
  });

  it('a level-1 heading that repeats the title', () => {
    expect(
      problems(entry('# Why does my host name not resolve?\n\nText.\n')).join(),
    ).toContain('a level-1 heading ("# …") is not needed');
  });

  it('a Kubernetes object without metadata.name, and YAML that does not parse', () => {
    const noName =
      '```yaml\napiVersion: v1\nkind: ConfigMap\ndata:\n  a: b\n```\n';
    expect(problems(entry(noName)).join()).toContain(
      'the Kubernetes object (ConfigMap) in document 1 of the yaml block has no metadata.name',
    );
    const twoDocs =
      '```yaml\napiVersion: v1\nkind: Namespace\nmetadata:\n  name: a\n---\nkind: Secret\nmetadata: {}\n```\n';
    expect(problems(entry(twoDocs)).join()).toContain(
      'the Kubernetes object (Secret) in document 2 of the yaml block has no apiVersion, metadata.name',
    );
    const broken = '```yaml\nmetadata:\n  name: a\n   labels: x\n```\n';
    expect(problems(entry(broken)).join()).toContain('is not valid YAML');
  });

  it('leaves declared fragments, plain YAML, counter-examples and kustomizations to the manifest check', () => {
    for (const meta of ['fragment', 'plain', 'fails="has no metadata.name"']) {
      expect(
        problems(
          entry(
            `\`\`\`yaml ${meta}\napiVersion: v1\nkind: ConfigMap\n\`\`\`\n`,
          ),
        ),
      ).toEqual([]);
    }
    expect(
      problems(
        entry(
          '```yaml\napiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nresources: [../../base]\n```\n',
        ),
      ),
    ).toEqual([]);
  });

  it('an answer outside a topic folder, in an unknown topic, or not in its topic', () => {
    expect(problems(entry(GOOD_BODY), 'kb/question.md').join()).toContain(
      'is not in a topic folder: move it to kb/<topic>/<question>.md',
    );
    expect(
      problems(entry(GOOD_BODY), 'kb/network/question.md').join(),
    ).toContain('is in kb/network/, which is not a topic');
    expect(
      problems(entry(GOOD_BODY), 'kb/gitops/question.md').join(),
    ).toContain(
      'front matter "tags" does not include "gitops", the topic folder the answer is in',
    );
    expect(
      problems(entry(GOOD_BODY), 'kb/dns/Question_One.md').join(),
    ).toContain('use lower-case words joined by hyphens');
  });

  it('a file without front matter', () => {
    expect(problems('Just text.\n').join()).toContain('has no front matter');
  });

  it('front matter that is not YAML', () => {
    expect(problems('---\ntitle: [unclosed\n---\n\nText.\n').join()).toContain(
      'front matter is not valid YAML',
    );
  });
});

describe('the whole knowledge base', () => {
  it('refuses two answers with the same file name in different topics', () => {
    const found = checkKb(
      [
        {file: 'kb/dns/same-question.md', source: entry(GOOD_BODY)},
        {
          file: 'kb/gitops/same-question.md',
          source: entry(GOOD_BODY, {tags: '[gitops, dns]'}),
        },
      ],
      context,
    );
    expect(found).toEqual([
      {
        file: 'kb/gitops/same-question.md',
        message:
          'asks the same question as kb/dns/same-question.md (same file name): improve that answer instead, or name this one after what makes it different',
      },
    ]);
  });

  it('formats every problem with its file and line', () => {
    const text = formatProblems(
      checkKb([{file: FILE, source: entry('<script>x</script>\n')}], context),
    );
    expect(text).toMatch(/^The knowledge base has 1 problem /);
    expect(text).toContain(`  ${FILE}:10: a <script> element is not allowed`);
  });
});

describe('parseEntry', () => {
  it('keeps dates as text and counts the front matter lines', () => {
    const parsed = parseEntry(entry('Body\n'));
    expect((parsed.data as {last_verified: unknown}).last_verified).toBe(
      '2026-10-14',
    );
    expect(parsed.bodyLineOffset).toBe(8);
  });
});
