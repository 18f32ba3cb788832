import {describe, expect, it} from 'vitest';

import {isStale, STALE_AFTER_DAYS} from './dates';
import {
  answerUrl,
  closeComment,
  dueReasons,
  issueBody,
  latestRelease,
  markerFile,
  planReview,
  readReviewAnswer,
  reviewMarker,
  ReviewError,
  staleSince,
  validHandles,
  type ReviewAnswer,
  type ReviewIssue,
} from './review';

const NOW = new Date('2027-01-31T06:00:00Z');

function answer(overrides: Partial<ReviewAnswer> = {}): ReviewAnswer {
  return {
    file: 'kb/dns/host-name-does-not-resolve.md',
    title: 'Why does my new host name not resolve?',
    lastVerified: '2026-12-02',
    appliesTo: ['2026.1', '2025.2'],
    contributors: ['amara-okafor'],
    ...overrides,
  };
}

function issue(number: number, file?: string): ReviewIssue {
  return {
    number,
    title: 'Review the answer',
    body: file ? `Text\n\n${reviewMarker(file)}\n` : 'Someone else’s issue',
  };
}

describe('latestRelease', () => {
  it('is the first released version of versions.json, never next', () => {
    expect(latestRelease(['2026.1', '2025.2', 'next'])).toBe('2026.1');
    expect(latestRelease(['next', '2027.1', '2026.1'])).toBe('2027.1');
  });

  it('names the file and the fix when there is no release', () => {
    expect(() => latestRelease(['next'])).toThrow(
      /versions\.json.*newest first/,
    );
  });
});

describe('dueReasons', () => {
  it('uses the stale badge’s own rule, on both sides of the boundary', () => {
    const verified = '2026-06-01';
    const lastFresh = new Date(
      Date.UTC(2026, 5, 1) + STALE_AFTER_DAYS * 86_400_000,
    );
    const firstStale = new Date(lastFresh.getTime() + 86_400_000);
    expect(isStale(verified, lastFresh)).toBe(false);
    expect(
      dueReasons(answer({lastVerified: verified}), lastFresh, '2026.1'),
    ).toEqual([]);
    expect(
      dueReasons(answer({lastVerified: verified}), firstStale, '2026.1'),
    ).toEqual([
      {kind: 'stale', lastVerified: verified, since: staleSince(verified)},
    ]);
    expect(staleSince(verified)).toBe(firstStale.toISOString().slice(0, 10));
  });

  it('is due for an answer that does not list the current release', () => {
    expect(dueReasons(answer({appliesTo: ['2025.2']}), NOW, '2026.1')).toEqual([
      {kind: 'version', appliesTo: ['2025.2'], latest: '2026.1'},
    ]);
  });

  it('is not due for an answer about the unreleased version', () => {
    expect(dueReasons(answer({appliesTo: ['next']}), NOW, '2026.1')).toEqual(
      [],
    );
  });

  it('gives both reasons when both hold', () => {
    const reasons = dueReasons(
      answer({lastVerified: '2025-01-02', appliesTo: ['2025.2']}),
      NOW,
      '2026.1',
    );
    expect(reasons.map((reason) => reason.kind)).toEqual(['stale', 'version']);
  });
});

describe('markers', () => {
  it('round-trips the answer file through the hidden marker', () => {
    const body = `Some text\n${reviewMarker('kb/ci/push-images-from-ci.md')}\n`;
    expect(markerFile(body)).toBe('kb/ci/push-images-from-ci.md');
    expect(markerFile('<!-- kb-review: not-kb/x.md -->')).toBeUndefined();
    expect(markerFile(null)).toBeUndefined();
  });
});

describe('planReview', () => {
  const fresh = answer({file: 'kb/dns/fresh.md'});
  const stale = answer({file: 'kb/dns/stale.md', lastVerified: '2026-01-05'});
  const old = answer({file: 'kb/dns/old.md', appliesTo: ['2025.2']});

  it('opens one issue per due answer without one', () => {
    const plan = planReview([fresh, stale, old], [], NOW, '2026.1');
    expect(plan.open.map((planned) => planned.answer.file)).toEqual([
      'kb/dns/stale.md',
      'kb/dns/old.md',
    ]);
    expect(plan.close).toEqual([]);
  });

  it('opens nothing for an answer that has its issue, and ignores other issues and pull requests', () => {
    const plan = planReview(
      [fresh, stale],
      [
        issue(4),
        {...issue(5, 'kb/dns/stale.md'), pull_request: {}},
        issue(7, 'kb/dns/stale.md'),
        issue(9, 'kb/dns/stale.md'),
      ],
      NOW,
      '2026.1',
    );
    expect(plan.open).toEqual([]);
    expect(plan.pending.map(({issue}) => issue.number)).toEqual([7]);
    expect(plan.close).toEqual([]);
  });

  it('closes the issue of an answer that is no longer due, or gone', () => {
    const plan = planReview(
      [fresh],
      [issue(3, 'kb/dns/fresh.md'), issue(2, 'kb/dns/deleted.md')],
      NOW,
      '2026.1',
    );
    expect(
      plan.close.map((planned) => [planned.issue.number, planned.file]),
    ).toEqual([
      [2, 'kb/dns/deleted.md'],
      [3, 'kb/dns/fresh.md'],
    ]);
    expect(
      closeComment(plan.close[1]!, '2026.1', {
        sha: 'abc1234',
        date: '2027-01-30',
      }),
    ).toMatch(
      /kb\/dns\/fresh\.md.*re-verified in commit abc1234 \(2027-01-30\).*2026-12-02/,
    );
    expect(closeComment(plan.close[0]!, '2026.1')).toMatch(
      /no longer in the knowledge base/,
    );
  });
});

describe('issueBody', () => {
  it('says where the answer is, why it is due and what to do, and ends with the marker', () => {
    const due = answer({lastVerified: '2026-01-05', appliesTo: ['2025.2']});
    const url = answerUrl('https://docs.example', '/', due.file);
    const body = issueBody(
      {answer: due, reasons: dueReasons(due, NOW, '2026.1')},
      {url, assigned: ['amara-okafor'], unassignable: ['lena-brandt']},
    );
    expect(url).toBe('https://docs.example/kb/dns/host-name-does-not-resolve/');
    expect(body).toContain('`kb/dns/host-name-does-not-resolve.md`');
    expect(body).toContain(url);
    expect(body).toContain(`Stale since ${staleSince('2026-01-05')}`);
    expect(body).toContain(
      'Applies only to 2025.2 while 2026.1 is the current release.',
    );
    expect(body).toContain('`last_verified`');
    expect(body).toContain("add `'2026.1'` to `applies_to`");
    expect(body).toContain('@lena-brandt');
    expect(body).not.toContain('@amara-okafor');
    expect(markerFile(body)).toBe(due.file);
  });

  it('builds answer addresses under a base path', () => {
    expect(answerUrl('https://x.example/', '/baseplate/', 'kb/ci/a-b.md')).toBe(
      'https://x.example/baseplate/kb/ci/a-b/',
    );
    expect(() => answerUrl('https://x.example', '/', 'kb/a.md')).toThrow(
      /topic folder/,
    );
  });
});

describe('readReviewAnswer', () => {
  it('reads the fields the review needs', () => {
    const source = `---\ntitle: How do I do it?\ndescription: x\ntags: [dns]\ncontributors: [amara-okafor, '@bad handle']\nlast_verified: 2026-12-02\napplies_to: ['2026.1']\n---\n\nBody\n`;
    const read = readReviewAnswer('kb/dns/do-it.md', source);
    expect(read).toMatchObject({
      title: 'How do I do it?',
      lastVerified: '2026-12-02',
      appliesTo: ['2026.1'],
    });
    expect(validHandles(read.contributors)).toEqual(['amara-okafor']);
  });

  it('names the file and the field it cannot read', () => {
    const source = `---\ntitle: How?\ncontributors: [a]\nlast_verified: soon\napplies_to: ['2026.1']\n---\n`;
    expect(() => readReviewAnswer('kb/dns/x.md', source)).toThrow(ReviewError);
    expect(() => readReviewAnswer('kb/dns/x.md', source)).toThrow(
      /kb\/dns\/x\.md: front matter "last_verified"/,
    );
  });
});
