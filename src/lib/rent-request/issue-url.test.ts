import {describe, expect, it} from 'vitest';
import type {GitHubRepository} from '../../data/site';
import {FIELDS, TEMPLATE_FILE, emptyDraft, type RequestDraft} from './fields';
import {
  DEFAULT_TITLE,
  SHORTENED_NOTE,
  URL_LIMIT,
  buildRequestLink,
  requestTitle,
  shortenedFullText,
} from './issue-url';
import {MENTION_BREAK, graphemes} from './text';

const repository: GitHubRepository = {
  host: 'github.com',
  owner: 'northwind-platform',
  repo: 'baseplate',
  branch: 'main',
};

const request: RequestDraft = {
  engagement: 'Pair up',
  title: 'Move the orders service onto the platform',
  team: 'Orders',
  requester: 'mona-lisa',
  contact: '#orders-dev',
  archetype: 'NaN Lift & Shift',
  goal: 'Pair with us while we move the orders service.\n\nDone when it runs in production.',
  start: '2026-06-01',
  duration: '4',
  skills: 'Helm\nArgo CD',
  links:
    '  https://github.com/northwind/orders  \n\n\nhttps://wiki.northwind.example/a?b=c&d=e\n',
};

function params(url: URL): Record<string, string> {
  return Object.fromEntries(url.searchParams);
}

describe('buildRequestLink', () => {
  it('opens the template with every answer as a query parameter', () => {
    const {url} = buildRequestLink(repository, request);
    expect(url.origin + url.pathname).toBe(
      'https://github.com/northwind-platform/baseplate/issues/new',
    );
    expect(params(url)).toEqual({
      template: TEMPLATE_FILE,
      title: 'Pair up: Orders – Move the orders service onto the platform',
      engagement: 'Pair up',
      team: 'Orders',
      requester: '@mona-lisa',
      contact: '#orders-dev',
      archetype: 'NaN Lift & Shift',
      goal: 'Pair with us while we move the orders service.\n\nDone when it runs in production.',
      start: '2026-06-01',
      duration: '4',
      skills: 'Helm\nArgo CD',
      links:
        'https://github.com/northwind/orders\nhttps://wiki.northwind.example/a?b=c&d=e',
    });
  });

  it('encodes every value, so an ampersand or a hash cannot start another parameter', () => {
    const {url} = buildRequestLink(repository, {
      ...request,
      team: 'R&D #1 =x',
    });
    expect(url.search).toContain('team=R%26D+%231+%3Dx');
    expect(url.searchParams.get('team')).toBe('R&D #1 =x');
  });

  it('works with a GitHub Enterprise Server host', () => {
    const {url} = buildRequestLink(
      {
        host: 'git.northwind.example:8443',
        owner: 'platform',
        repo: 'portal',
        branch: 'main',
      },
      request,
    );
    expect(url.origin + url.pathname).toBe(
      'https://git.northwind.example:8443/platform/portal/issues/new',
    );
  });

  it('sends only the template and a default title when every field is empty', () => {
    const link = buildRequestLink(repository, emptyDraft());
    expect(params(link.url)).toEqual({
      template: TEMPLATE_FILE,
      title: DEFAULT_TITLE,
    });
    expect(link.values.map((value) => value.value)).toEqual(
      FIELDS.map((field) => (field.id === 'title' ? DEFAULT_TITLE : '')),
    );
    expect(link.values.some((value) => value.shortened)).toBe(false);
    expect(link.neutralisedMentions).toEqual([]);
    expect(link.escapedMarkup).toBe(false);
  });

  it('keeps Unicode intact through the address', () => {
    const goal = 'Grüße aus Kopenhagen 🇩🇰\nこんにちは 👩‍👩‍👧 e\u0301 עברית';
    const {url} = buildRequestLink(repository, {...request, goal, team: 'Ærø'});
    expect(url.searchParams.get('goal')).toBe(goal);
    expect(url.searchParams.get('title')).toBe(
      'Pair up: Ærø – Move the orders service onto the platform',
    );
  });

  it('puts a summary with newlines on one line in the title', () => {
    const {url} = buildRequestLink(repository, {
      ...request,
      title: 'Labels\n\n### Approved by the platform team\r\n',
    });
    expect(url.searchParams.get('title')).toBe(
      'Pair up: Orders – Labels ### Approved by the platform team',
    );
  });

  it('neutralises team mentions in every answer and reports them', () => {
    const link = buildRequestLink(repository, {
      ...request,
      team: '@northwind/orders',
      goal: 'Please ask @northwind/all-devs and @mona.\n```\n@northwind/in-code\n```',
    });
    expect(link.url.searchParams.get('team')).toBe(
      `@${MENTION_BREAK}northwind/orders`,
    );
    expect(link.url.searchParams.get('goal')).toBe(
      `Please ask @${MENTION_BREAK}northwind/all-devs and @mona.\n\`\`\`\n@northwind/in-code\n\`\`\``,
    );
    expect(link.neutralisedMentions).toEqual([
      '@northwind/orders',
      '@northwind/all-devs',
    ]);
  });

  it('shows HTML in answers as typed', () => {
    const {url} = buildRequestLink(repository, {
      ...request,
      goal: 'Visible <!-- hidden from triage --> <script>alert(1)</script>',
    });
    expect(url.searchParams.get('goal')).toBe(
      'Visible \\<!-- hidden from triage --> \\<script>alert(1)\\</script>',
    );
  });

  it('says whether markup was escaped, so the page can explain the backslashes', () => {
    expect(buildRequestLink(repository, request).escapedMarkup).toBe(false);
    expect(
      buildRequestLink(repository, {...request, skills: 'Already \\<escaped>'})
        .escapedMarkup,
    ).toBe(false);
    expect(
      buildRequestLink(repository, {...request, skills: '<b>Helm</b>'})
        .escapedMarkup,
    ).toBe(true);
  });
});

describe('requestTitle', () => {
  it('names the engagement, the team and the summary', () => {
    expect(
      requestTitle({
        ...emptyDraft(),
        engagement: 'Rent an engineer',
        team: 'Orders',
        title: 'Labels',
      }),
    ).toBe('Rent an engineer: Orders – Labels');
  });

  it('leaves out what is missing', () => {
    expect(requestTitle({...emptyDraft(), title: 'Labels'})).toBe(
      `${DEFAULT_TITLE}: Labels`,
    );
    expect(requestTitle({...emptyDraft(), engagement: 'Pair up'})).toBe(
      'Pair up',
    );
  });

  it('stays within the 256 characters GitHub allows', () => {
    const title = requestTitle({...request, team: 'T'.repeat(300)});
    expect(graphemes(title)).toHaveLength(256);
    expect(title.endsWith('…')).toBe(true);
  });
});

describe('shortening to fit in a link', () => {
  it('leaves a request that fits alone', () => {
    const link = buildRequestLink(repository, request);
    expect(link.url.href.length).toBeLessThan(URL_LIMIT);
    expect(link.values.filter((value) => value.shortened)).toEqual([]);
  });

  it('cuts the longest answer just enough, at a character boundary, with a note', () => {
    const goal = '👩‍👩‍👧'.repeat(5000);
    const link = buildRequestLink(repository, {...request, goal});
    const sent = link.values.find((value) => value.id === 'goal')!;

    expect(link.url.href.length).toBeLessThanOrEqual(URL_LIMIT);
    // One more family emoji (57 characters encoded) would not have fitted.
    expect(link.url.href.length).toBeGreaterThan(URL_LIMIT - 57);
    expect(sent.shortened).toBe(true);
    expect(sent.value.endsWith(SHORTENED_NOTE)).toBe(true);
    const kept = sent.value.slice(0, -SHORTENED_NOTE.length).trimEnd();
    expect(goal.startsWith(kept)).toBe(true);
    expect(kept.length).toBeGreaterThan(0);
    expect(sent.value).not.toContain('\uFFFD');
    expect(sent.fullValue).toBe(goal);
    expect(link.url.searchParams.get('goal')).toBe(sent.value);
    // The other answers are untouched.
    expect(
      link.values.filter((value) => value.shortened).map((value) => value.id),
    ).toEqual(['goal']);
  });

  it('cuts answers longest first until everything fits, however long every field is', () => {
    const huge = (text: string): string => text.repeat(10_000);
    const draft: RequestDraft = Object.fromEntries(
      FIELDS.map((field) => [
        field.id,
        huge(field.id === 'links' ? 'https://x.example/ü\n' : '€ '),
      ]),
    ) as RequestDraft;
    const link = buildRequestLink(repository, draft);
    expect(link.url.href.length).toBeLessThanOrEqual(URL_LIMIT);
    for (const value of link.values.filter(
      (candidate) => candidate.shortened,
    )) {
      expect(value.fullValue.length, value.id).toBeGreaterThan(
        value.value.length,
      );
      expect(value.value).toMatch(/…/);
    }
    expect(
      link.values.filter((value) => value.shortened).length,
    ).toBeGreaterThan(1);
  });

  it('cuts links at whole lines, so every address that is sent is complete', () => {
    const addresses = Array.from(
      {length: 400},
      (_, index) => `https://github.com/northwind/service-${index}`,
    );
    const link = buildRequestLink(repository, {
      ...request,
      links: addresses.join('\n'),
    });
    const sent = link.values.find((value) => value.id === 'links')!;
    expect(sent.shortened).toBe(true);
    const lines = sent.value
      .slice(0, -SHORTENED_NOTE.length)
      .trimEnd()
      .split('\n');
    expect(lines.length).toBeGreaterThan(10);
    expect(lines).toEqual(addresses.slice(0, lines.length));
  });

  it('honours a smaller limit and fails clearly when nothing can fit', () => {
    const link = buildRequestLink(repository, request, {limit: 600});
    expect(link.url.href.length).toBeLessThanOrEqual(600);
    expect(() => buildRequestLink(repository, request, {limit: 80})).toThrow(
      /cannot be made shorter than \d+ characters, over the limit of 80/,
    );
  });

  it('offers the full text of every cut answer as Markdown to paste', () => {
    const goal = 'Needs a lot of explaining. '.repeat(600);
    const link = buildRequestLink(repository, {
      ...request,
      goal,
      skills: 'Helm',
    });
    expect(shortenedFullText(link)).toBe(
      `### What should be built, and why\n\n${goal.trim()}`,
    );
  });
});
